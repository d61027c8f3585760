package dev.paperbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.corpus.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index holds papers and sentences; on disk it is reused until the corpus changes. */
class PaperIndexTest {

  private static long generation(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      return r.getIndexCommit().getGeneration();
    }
  }

  @Test
  void onDiskIndexIsReusedWhileTheCorpusIsUnchanged(@TempDir Path dir) throws IOException {
    Corpus corpus = Corpus.embedded();
    PaperIndex.onDisk(corpus, dir).close();
    long first = generation(dir);
    PaperIndex.onDisk(corpus, dir).close();
    assertEquals(first, generation(dir), "an unchanged corpus must not rewrite the index");
  }

  @Test
  void onDiskIndexIsRebuiltWhenTheCorpusChanges(@TempDir Path dir) throws IOException {
    PaperIndex.onDisk(Corpus.embedded(), dir).close();
    long first = generation(dir);
    String one =
        "[{\"id\":\"2999.00001\",\"title\":\"A New Paper\",\"authors\":[\"Ann Author\"],"
            + "\"published\":\"2026-02-01\",\"abstract\":\"We present NewNet, a network.\"}]";
    try (PaperIndex index =
        PaperIndex.onDisk(Corpus.fromJson(one.getBytes(StandardCharsets.UTF_8)), dir)) {
      assertNotEquals(first, generation(dir));
      assertEquals(1, index.corpus().papers().size());
      assertEquals(1, index.passages().size());
    }
  }

  @Test
  void sentencesAndDatesAreSearchable() {
    try (PaperIndex index = PaperIndex.inMemory(Corpus.embedded())) {
      assertEquals(
          3, index.publishedBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)).size());
      var hits = index.searchSentences(java.util.Map.of("rmaxt", 1f), java.util.Set.of(), 5);
      assertTrue(
          !hits.isEmpty() && hits.get(0).item().paper().id().equals("2408.08152"), hits.toString());
    }
  }

  @Test
  void everyPaperHasSentences(@TempDir Path unused) throws IOException {
    try (PaperIndex index = PaperIndex.inMemory(Corpus.embedded())) {
      for (var p : index.corpus().papers()) {
        assertTrue(index.passages(p.id()).size() >= 3, p.id());
      }
      assertTrue(Files.isDirectory(unused));
    }
  }
}
