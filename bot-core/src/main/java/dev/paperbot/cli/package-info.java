/** The command line: one-shot and batch questions (the JSON score.py reads), a REPL, and bench. */
package dev.paperbot.cli;
