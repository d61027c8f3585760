/**
 * Making answers: {@link dev.paperbot.answer.Answerer} decides the kind, then origins and
 * definitions ({@code Origins}, {@code Mentions}), facts, lists, comparisons and lookups each find
 * their papers and the sentences that prove them. Conversations remember the last paper.
 */
package dev.paperbot.answer;
