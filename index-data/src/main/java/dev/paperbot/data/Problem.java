package dev.paperbot.data;

/**
 * Something in the sources the builder could not use. The rest of the sources are still built, so a
 * problem costs at most the entry it names.
 *
 * @param file the source file, relative to the module directory
 * @param line the 1-based line, or 0 when the problem concerns the whole file or record
 * @param reason what is wrong, phrased so the fix is obvious
 */
public record Problem(String file, int line, String reason) {

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + reason;
  }
}
