package dev.paperbot.data;

/**
 * A field where a listing disagreed with {@code paper-facts.tsv}; the corpus holds the facts value.
 * Kept as data so the build can print them and tests can pin them.
 *
 * @param paperId the arXiv id of the corrected paper
 * @param field the corpus field, e.g. {@code authors} or {@code published}
 * @param listingValue what the listing said
 * @param factsValue what the facts file says (and the corpus now holds); {@code null} for "none"
 */
public record Correction(String paperId, String field, String listingValue, String factsValue) {

  @Override
  public String toString() {
    return paperId
        + " "
        + field
        + ": listing \""
        + listingValue
        + "\" -> facts "
        + (factsValue == null ? "(none)" : "\"" + factsValue + "\"");
  }
}
