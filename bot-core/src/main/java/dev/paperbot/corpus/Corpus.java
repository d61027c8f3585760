package dev.paperbot.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperbot.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The papers PaperBot knows, loaded from the corpus that the index-data module ships on the
 * classpath. Immutable; papers are ordered newest first because that is how users scan a list.
 */
public final class Corpus {

  /** Where index-data puts the generated corpus. */
  public static final String RESOURCE = "/paperbot/corpus.json";

  private static final JsonFactory JSON = new JsonFactory();

  private final List<Paper> papers;
  private final Map<String, Paper> byId;
  private final String fingerprint;

  Corpus(List<Paper> papers, String fingerprint) {
    this.papers =
        papers.stream()
            .sorted(Comparator.comparing(Paper::published).reversed().thenComparing(Paper::id))
            .toList();
    this.byId = papers.stream().collect(Collectors.toMap(Paper::id, Function.identity()));
    this.fingerprint = fingerprint;
  }

  /** The corpus shipped in the index-data jar. */
  public static Corpus embedded() {
    try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "corpus resource " + RESOURCE + " is missing: is index-data on the classpath?");
      }
      return fromJson(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus resource " + RESOURCE, e);
    }
  }

  /**
   * A corpus from the JSON array format index-data writes. Read with Jackson's streaming parser:
   * data binding would cost a third of the bot's cold start in class loading alone.
   */
  public static Corpus fromJson(byte[] json) {
    try (JsonParser in = JSON.createParser(json)) {
      if (in.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("corpus JSON must be an array of papers");
      }
      List<Paper> papers = new ArrayList<>();
      while (in.nextToken() == JsonToken.START_OBJECT) {
        papers.add(record(in).toPaper());
      }
      return new Corpus(papers, sha256(json));
    } catch (IOException e) {
      throw new UncheckedIOException("corpus JSON is malformed", e);
    }
  }

  private static Record record(JsonParser in) throws IOException {
    Map<String, Object> fields = new HashMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      JsonToken value = in.nextToken();
      if (value == JsonToken.START_ARRAY) {
        List<String> items = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          items.add(in.getValueAsString());
        }
        fields.put(name, items);
      } else if (value == JsonToken.START_OBJECT) {
        in.skipChildren();
      } else {
        fields.put(name, value == JsonToken.VALUE_NULL ? null : in.getValueAsString());
      }
    }
    return new Record(
        (String) fields.get("id"),
        (String) fields.get("title"),
        strings(fields.get("authors")),
        strings(fields.get("affiliations")),
        (String) fields.get("published"),
        (String) fields.get("category"),
        (String) fields.get("abstract"),
        (String) fields.get("arxivUrl"),
        (String) fields.get("pdfUrl"),
        (String) fields.get("codeUrl"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value instanceof List<?> list ? (List<String>) list : null;
  }

  /** Every paper, newest first. */
  public List<Paper> papers() {
    return papers;
  }

  public Optional<Paper> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A digest of the corpus bytes: an on-disk index built from other bytes is rebuilt. */
  public String fingerprint() {
    return fingerprint;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The JSON shape, kept apart from the public {@link Paper} so the API carries no Jackson. */
  record Record(
      String id,
      String title,
      List<String> authors,
      List<String> affiliations,
      String published,
      String category,
      String abstractText,
      String arxivUrl,
      String pdfUrl,
      String codeUrl) {

    Paper toPaper() {
      if (id == null || title == null || published == null || abstractText == null) {
        throw new IllegalArgumentException(
            "corpus record lacks id, title, published or abstract: " + id);
      }
      return new Paper(
          id,
          title,
          authors == null ? List.of() : authors,
          affiliations == null ? List.of() : affiliations,
          LocalDate.parse(published),
          category,
          abstractText,
          arxivUrl != null ? arxivUrl : "https://arxiv.org/abs/" + id,
          pdfUrl != null ? pdfUrl : "https://arxiv.org/pdf/" + id,
          codeUrl);
    }
  }
}
