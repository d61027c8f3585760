/**
 * Reading a chat question: cleaning mentions and markup, correcting typos against the corpus,
 * intent cues from {@code intent-rules.tsv}, and the slots the corpus itself defines: paper names,
 * acronyms, authors, dates. Nothing here knows how answers are made.
 */
package dev.paperbot.query;
