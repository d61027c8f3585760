package dev.paperbot.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper as it is written to {@code corpus.json}. The JSON field names are a contract with
 * bot-core, which reads the file into its own record; do not rename them.
 *
 * @param id the arXiv id, e.g. {@code 2405.04434}
 * @param title the exact title
 * @param authors the authors as known (the facts file knows the first three)
 * @param affiliations affiliations as the listing gives them, possibly empty
 * @param published the first submission date
 * @param category the arXiv category such as {@code cs.CL}, or {@code null} when no listing says
 * @param abstractText the abstract, one paragraph (JSON field {@code abstract})
 * @param arxivUrl {@code https://arxiv.org/abs/<id>}
 * @param pdfUrl {@code https://arxiv.org/pdf/<id>}
 * @param codeUrl the official code repository, or {@code null} when none is confirmed
 */
@JsonPropertyOrder({
  "id",
  "title",
  "authors",
  "affiliations",
  "published",
  "category",
  "abstract",
  "arxivUrl",
  "pdfUrl",
  "codeUrl"
})
public record Paper(
    String id,
    String title,
    List<String> authors,
    List<String> affiliations,
    LocalDate published,
    String category,
    @JsonProperty("abstract") String abstractText,
    String arxivUrl,
    String pdfUrl,
    String codeUrl) {

  /** Rejects records the bot could not use, so a bad hand-written file fails where it is read. */
  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(abstractText, "abstract");
    authors = List.copyOf(authors == null ? List.of() : authors);
    affiliations = List.copyOf(affiliations == null ? List.of() : affiliations);
  }

  /** The canonical abstract page of an arXiv id. */
  static String arxivUrlOf(String id) {
    return "https://arxiv.org/abs/" + id;
  }

  /** The canonical PDF address of an arXiv id. */
  static String pdfUrlOf(String id) {
    return "https://arxiv.org/pdf/" + id;
  }
}
