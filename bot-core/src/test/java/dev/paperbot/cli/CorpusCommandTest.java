package dev.paperbot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus build}: index-data's build, without Maven, on a directory outside the repo. */
class CorpusCommandTest {

  static byte[] embedded() throws Exception {
    try (InputStream in = CorpusCommandTest.class.getResourceAsStream("/paperbot/corpus.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void listingsAndFactsSideBySideBuildTheEmbeddedCorpusByteForByte(@TempDir Path dir)
      throws Exception {
    Path repo = Path.of("..", "index-data");
    try (Stream<Path> listings = Files.list(repo.resolve("listings"))) {
      for (Path l : listings.toList()) {
        Files.copy(l, dir.resolve(l.getFileName()));
      }
    }
    Files.copy(repo.resolve("paper-facts.tsv"), dir.resolve("paper-facts.tsv"));
    MainTest.Run r = MainTest.run(Map.of(), "", "corpus", "build", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Wrote "), r.out());
    assertArrayEquals(embedded(), Files.readAllBytes(dir.resolve("corpus.json")));

    // Built again, its own output in the directory is not read as a paper file.
    assertEquals(0, MainTest.run(Map.of(), "", "corpus", "build", dir.toString()).status());
    assertArrayEquals(embedded(), Files.readAllBytes(dir.resolve("corpus.json")));
  }

  @Test
  void standardOutputGetsTheJsonAndTheReportGoesToStderr(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("..", "index-data", "paper-facts.tsv"), dir.resolve("facts.tsv"));
    Files.writeString(
        dir.resolve("zebra.json"),
        "{\"id\":\"2601.00001\",\"title\":\"ZebraLM\",\"published\":\"2026-01-15\","
            + "\"abstract\":\"We introduce Striped Attention. It works.\"}");
    MainTest.Run r =
        MainTest.run(
            Map.of(),
            "",
            "corpus",
            "build",
            dir.toString(),
            "--facts",
            dir.resolve("facts.tsv").toString(),
            "--out",
            "-");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("[\n"), r.out());
    assertTrue(r.out().contains("\"id\": \"2601.00001\""), r.out());
    assertTrue(r.err().contains("Problems"), r.err());
  }

  @Test
  void aMissingFactsFileIsAnIoError(@TempDir Path dir) {
    MainTest.Run r = MainTest.run(Map.of(), "", "corpus", "build", dir.toString());
    assertEquals(3, r.status());
    assertTrue(r.err().contains("paper-facts.tsv (no such file or directory)"), r.err());
  }
}
