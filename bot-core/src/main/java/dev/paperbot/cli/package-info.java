/**
 * The command line, {@code paperbot}, on picocli: one-shot and batch questions (the JSON score.py
 * reads), {@code eval} (score.py's rules in the project), a REPL on JLine, {@code corpus build},
 * {@code feedback}, {@code health} and {@code bench}. Exit status 0 answered, 1 cannot answer, 2
 * usage, 3 internal or I/O error.
 */
package dev.paperbot.cli;
