/**
 * Stage 1 of the engine, understand: chat text in, {@link dev.paperbot.understand.Interpretation}
 * out. Cleaning mentions and markup, correcting typos against the corpus, intent cues from {@code
 * intent-rules.tsv}, Chinese through {@code zh-en.tsv}, and the slots the corpus itself defines:
 * paper names, acronyms, authors, dates, papers ruled out. Nothing here knows how answers are made.
 */
package dev.paperbot.understand;
