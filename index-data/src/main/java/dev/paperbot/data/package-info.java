/**
 * The paper corpus: turns scraped listings, hand-written paper records and the checked facts file
 * into the single {@code /paperbot/corpus.json} resource the bot reads.
 *
 * <p>Listings are scraped and therefore untrusted: they lose years, glue titles to author lists and
 * repeat papers. {@code paper-facts.tsv} is checked by hand, so wherever the two disagree the facts
 * win and the disagreement is reported as a {@link dev.paperbot.data.Correction}. Anything that
 * cannot be parsed becomes a {@link dev.paperbot.data.Problem} with file and line instead of
 * failing the whole build. Entry point: {@link dev.paperbot.data.CorpusBuilder}.
 */
package dev.paperbot.data;
