/**
 * Stage 2 of the engine, retrieve: the one analysis chain ({@link
 * dev.paperbot.retrieve.PaperAnalyzer}) for index and questions, field names and why ({@link
 * dev.paperbot.retrieve.Fields}), the Lucene index of papers and sentences with its shared searcher
 * ({@link dev.paperbot.retrieve.PaperIndex}), and {@link dev.paperbot.retrieve.Retriever}: BM25
 * top-k sentences scored by how much of the question they cover. Every tunable of retrieval and of
 * the decisions on its evidence is in {@link dev.paperbot.retrieve.Tuning}.
 */
package dev.paperbot.retrieve;
