package dev.paperbot.ops;

import dev.paperbot.corpus.Corpus;
import dev.paperbot.data.CorpusBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A corpus read at run time ({@value #VARIABLE}) instead of the one embedded in the jar: a {@code
 * corpus.json} file, or a directory of listings, paper JSON files and {@code paper-facts.tsv} built
 * with index-data's own builder, so the rules are the same as in the repository.
 */
public final class RuntimeCorpus {

  /** The environment variable naming a corpus file or directory. */
  public static final String VARIABLE = "PAPERBOT_CORPUS";

  private static final Logger log = LoggerFactory.getLogger(RuntimeCorpus.class);

  private RuntimeCorpus() {}

  /**
   * Reads the corpus at {@code path}.
   *
   * @throws UncheckedIOException naming the path when it cannot be read, is malformed or holds no
   *     paper
   */
  public static Corpus load(Path path) {
    try {
      byte[] json;
      if (Files.isDirectory(path)) {
        dev.paperbot.data.Corpus built = CorpusBuilder.buildDirectory(path, null);
        if (!built.problems().isEmpty()) {
          log.warn(
              "corpus {}: {} entries left out or needing attention, first: {}",
              path,
              built.problems().size(),
              built.problems().get(0));
        }
        json = CorpusBuilder.json(built.papers()).getBytes(StandardCharsets.UTF_8);
      } else if (Files.isRegularFile(path)) {
        json = Files.readAllBytes(path);
      } else {
        throw new IOException("no such file or directory");
      }
      Corpus corpus = Corpus.fromJson(json);
      if (corpus.papers().isEmpty()) {
        throw new IOException("it holds no paper");
      }
      return corpus;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus " + path + ": " + reason(e), e);
    } catch (UncheckedIOException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new UncheckedIOException(
          "cannot read the corpus " + path + ": " + reason(e), new IOException(e));
    }
  }

  /**
   * What a change of the corpus changes: sizes and modification times of the file, or of the files
   * the directory build reads. Cheap enough to poll every few seconds.
   */
  public static String stamp(Path path) {
    try {
      if (!Files.isDirectory(path)) {
        return Files.exists(path)
            ? Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis()
            : "missing";
      }
      StringBuilder sb = new StringBuilder();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path, 2)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".tsv")) {
          sb.append(path.relativize(f))
              .append(':')
              .append(Files.size(f))
              .append('@')
              .append(Files.getLastModifiedTime(f).toMillis())
              .append(';');
        }
      }
      return sb.toString();
    } catch (IOException | UncheckedIOException e) {
      return "unreadable: " + e;
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return null;
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String reason(Exception e) {
    Throwable t = e;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      // Jackson's message carries a second line about its source; one line is enough here.
      String where =
          j.getLocation() == null
              ? ""
              : " (line "
                  + j.getLocation().getLineNr()
                  + ", column "
                  + j.getLocation().getColumnNr()
                  + ")";
      return "not valid JSON" + where + ": " + firstLine(j.getOriginalMessage());
    }
    String m = firstLine(t.getMessage());
    if (t instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + m;
    }
    if (t instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + m;
    }
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
