package dev.paperbot.data;

import java.util.Locale;

/** Title comparison that ignores case, punctuation and spacing, which scrapers do not keep. */
final class Titles {

  private Titles() {}

  static String normalize(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
