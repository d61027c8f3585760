package dev.paperbot.data;

/**
 * One entry of a listing file. Only the abstract is always present; file 002 style entries have
 * nothing else.
 *
 * @param file the listing file, relative to the module directory
 * @param line the 1-based line where the entry starts
 * @param header the header line, or {@code null}
 * @param byline the title and authors, or {@code null}
 * @param abstractText the abstract
 */
record ListingEntry(String file, int line, Header header, Byline byline, String abstractText) {

  /** Same abstract means same paper; spacing differences do not make a different paper. */
  String abstractKey() {
    return abstractText.strip().replaceAll("\\s+", " ");
  }
}
