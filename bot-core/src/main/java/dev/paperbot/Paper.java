package dev.paperbot;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper of the corpus, as the index-data module publishes it.
 *
 * @param id the arXiv id, e.g. {@code 2405.04434}
 * @param title the exact title
 * @param authors the authors as known (often the first few only)
 * @param affiliations affiliations as the listing gives them, possibly empty
 * @param published the first submission date
 * @param category the arXiv category, e.g. {@code cs.CL}
 * @param abstractText the abstract, one paragraph
 * @param arxivUrl the abstract page, {@code https://arxiv.org/abs/<id>}
 * @param pdfUrl the PDF, {@code https://arxiv.org/pdf/<id>}
 * @param codeUrl the official code repository, or {@code null} when none is confirmed
 */
public record Paper(
    String id,
    String title,
    List<String> authors,
    List<String> affiliations,
    LocalDate published,
    String category,
    String abstractText,
    String arxivUrl,
    String pdfUrl,
    String codeUrl) {

  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(abstractText, "abstractText");
    Objects.requireNonNull(arxivUrl, "arxivUrl");
    authors = List.copyOf(authors);
    affiliations = List.copyOf(affiliations);
    category = category == null ? "" : category;
    pdfUrl = pdfUrl == null ? "" : pdfUrl;
  }

  /**
   * The id's hash: equal papers have equal ids, and hashing a record's every field (the whole
   * abstract, the author lists) on each set or map lookup is what the engine's hot paths did.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Authors for display: the known names then "et al.", since the corpus keeps the first few. */
  public String authorLine() {
    return authors.isEmpty() ? "unknown authors" : String.join(", ", authors) + " et al.";
  }
}
