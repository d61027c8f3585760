/**
 * Stage 4 of the engine, evidence: the quoted sentence with the words that matched the question
 * marked, exactly as the abstract has it.
 */
package dev.paperbot.evidence;
