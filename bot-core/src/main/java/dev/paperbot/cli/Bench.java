package dev.paperbot.cli;

import java.io.PrintStream;

/** Placeholder until the benchmark lands. */
final class Bench {
  private Bench() {}

  static int run(String[] args, PrintStream out) {
    out.println("bench: not built yet");
    return 1;
  }
}
