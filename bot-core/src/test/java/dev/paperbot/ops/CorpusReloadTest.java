package dev.paperbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Answer;
import dev.paperbot.Operations;
import dev.paperbot.PaperBot;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PAPERBOT_CORPUS: a corpus outside the jar, answerable without a rebuild, reloaded on change. */
class CorpusReloadTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static ObjectNode paper(String id, String title, String abstractText) {
    ObjectNode p = JSON.createObjectNode();
    p.put("id", id);
    p.put("title", title);
    p.putArray("authors").add("Ada Example");
    p.putArray("affiliations");
    p.put("published", "2026-01-15");
    p.put("category", "cs.CL");
    p.put("abstract", abstractText);
    p.putNull("arxivUrl");
    p.putNull("pdfUrl");
    p.putNull("codeUrl");
    return p;
  }

  static final ObjectNode ZEBRA =
      paper(
          "2601.00001",
          "ZebraLM: Striped Attention for Long Contexts",
          "We introduce Striped Attention (SA), a sparse attention pattern that alternates local"
              + " and global stripes. ZebraLM uses SA to reach a context length of 4M tokens.");
  static final ObjectNode OKAPI =
      paper(
          "2601.00002",
          "Okapi: Quokka Routing for Mixture-of-Experts",
          "We propose Quokka Routing (QR), a router that assigns tokens to experts by their"
              + " entropy. Okapi trained with QR halves the routing imbalance.");

  static ArrayNode embedded() throws Exception {
    try (InputStream in = CorpusReloadTest.class.getResourceAsStream("/paperbot/corpus.json")) {
      return (ArrayNode) JSON.readTree(in);
    }
  }

  static void write(Path file, ArrayNode papers) throws Exception {
    // Written beside and moved, as a deployer's tooling (or `corpus build`) would.
    Path tmp = Files.createTempFile(file.getParent(), "corpus", ".tmp");
    JSON.writeValue(tmp.toFile(), papers);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }

  static boolean introduces(PaperBot bot, String question, String id) {
    Answer a = bot.answer(question);
    return a.found() && !a.papers().isEmpty() && a.papers().get(0).id().equals(id);
  }

  @Test
  void anExtraPaperIsAnswerableAndAnEditIsPickedUpWithoutARestart(@TempDir Path tmp)
      throws Exception {
    Path file = tmp.resolve("corpus.json");
    ArrayNode papers = embedded().add(ZEBRA);
    write(file, papers);
    Operations ops = Operations.none();
    try (PaperBot bot =
        PaperBot.builder().corpus(file).corpusPoll(Duration.ofMillis(100)).build()) {
      assertTrue(introduces(bot, "which paper introduced Striped Attention?", "2601.00001"));
      assertFalse(introduces(bot, "which paper introduced Quokka Routing?", "2601.00002"));
      int before = bot.papers().size();

      write(file, papers.add(OKAPI));
      assertTrue(
          eventually(() -> introduces(bot, "which paper introduced Quokka Routing?", "2601.00002")),
          "the edited corpus is answered from without a restart");
      assertEquals(before + 1, bot.papers().size());

      // A broken file is reported and the corpus already loaded keeps answering.
      Files.writeString(file, "[{\"id\": \"broken\"");
      Thread.sleep(500);
      assertTrue(introduces(bot, "which paper introduced Quokka Routing?", "2601.00002"));
      assertEquals(before + 1, bot.papers().size());
    }
    ops.close();
  }

  @Test
  void answersInFlightDuringReloadsAllSucceed(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("corpus.json");
    ArrayNode papers = embedded().add(ZEBRA);
    write(file, papers);
    try (PaperBot bot = PaperBot.builder().corpus(file).corpusPoll(Duration.ofMillis(50)).build()) {
      java.util.concurrent.atomic.AtomicBoolean stop =
          new java.util.concurrent.atomic.AtomicBoolean();
      java.util.concurrent.atomic.AtomicInteger answered =
          new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures =
          new java.util.concurrent.ConcurrentLinkedQueue<>();
      List<Thread> askers = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        askers.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      // Bounded: at most 20,000 answers each, whatever happens to the reloads.
                      for (int n = 0; n < 20_000 && !stop.get(); n++) {
                        try {
                          if (!introduces(
                              bot, "which paper introduced Striped Attention?", "2601.00001")) {
                            failures.add(new AssertionError("not answered during a reload"));
                          }
                          answered.incrementAndGet();
                        } catch (RuntimeException e) {
                          failures.add(e);
                        }
                      }
                    }));
      }
      int size = bot.papers().size();
      for (int reload = 0; reload < 3; reload++) {
        ObjectNode extra =
            paper(
                "2601.1000" + reload,
                "Filler " + reload,
                "We present filler number " + reload + ".");
        write(file, papers.add(extra));
        int expected = ++size;
        assertTrue(eventually(() -> bot.papers().size() == expected), "reload " + reload);
      }
      stop.set(true);
      for (Thread t : askers) {
        t.join();
      }
      assertTrue(
          failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.peek());
      assertTrue(answered.get() > 0);
    }
  }

  @Test
  void aDirectoryOfListingsPaperFilesAndFactsIsBuiltWithIndexDatasRules(@TempDir Path tmp)
      throws Exception {
    Path repo = Path.of("..", "index-data");
    try (Stream<Path> listings = Files.list(repo.resolve("listings"))) {
      for (Path l : listings.toList()) {
        Files.copy(l, tmp.resolve(l.getFileName()));
      }
    }
    Files.copy(repo.resolve("paper-facts.tsv"), tmp.resolve("paper-facts.tsv"));
    JSON.writeValue(tmp.resolve("zebra.json").toFile(), ZEBRA);
    Map<String, String> env = Map.of("PAPERBOT_CORPUS", tmp.toString());
    try (Operations ops = Operations.none();
        PaperBot bot = PaperBot.fromEnvironment(env, ops)) {
      assertTrue(introduces(bot, "which paper introduced Striped Attention?", "2601.00001"));
      assertTrue(introduces(bot, "which paper introduced MLA?", "2405.04434"));
      assertEquals(embedded().size() + 1, bot.papers().size());
    }
  }

  @Test
  void aBrokenCorpusAtStartIsOneClearError(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("corpus.json"), "{\"not\": \"an array\"}");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> PaperBot.builder().corpus(file).build());
    assertTrue(e.getMessage().startsWith("cannot read the corpus " + file), e.getMessage());
    Path empty = Files.writeString(tmp.resolve("empty.json"), "[]");
    assertTrue(
        assertThrows(UncheckedIOException.class, () -> PaperBot.builder().corpus(empty).build())
            .getMessage()
            .contains("holds no paper"));
  }

  @Test
  void aSwappedValueClosesOnlyAfterItsLastUser() throws Exception {
    class Resource implements AutoCloseable {
      volatile boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Resource first = new Resource();
    Resource second = new Resource();
    try (Swap<Resource> swap = new Swap<>(first)) {
      swap.with(
          r -> {
            swap.replace(second); // a reload while an answer is in flight
            assertFalse(r.closed, "in use: still open");
            return null;
          });
      assertTrue(first.closed, "closed once its last user finished");
      assertFalse(second.closed);
      Boolean current = swap.with(r -> r == second);
      assertTrue(current);
    }
    assertTrue(second.closed);
  }
}
