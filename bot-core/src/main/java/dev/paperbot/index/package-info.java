/**
 * The Lucene side: the one analysis chain ({@link dev.paperbot.index.PaperAnalyzer}), field names
 * and why ({@link dev.paperbot.index.Fields}), the index of papers and sentences with its shared
 * searcher ({@link dev.paperbot.index.PaperIndex}), and WordNet concepts.
 */
package dev.paperbot.index;
