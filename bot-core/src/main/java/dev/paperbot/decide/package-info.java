/**
 * Stage 3 of the engine, decide: {@link dev.paperbot.decide.Answerer} applies the precise rules
 * (origins and definitions by the stance of mentions, facts, lists, comparisons, lookups, dates),
 * and where they cannot place a question, {@code FromRetrieval} decides on the retrieved evidence,
 * abstaining when it is weak. Conversations remember the last answer for follow-ups.
 */
package dev.paperbot.decide;
