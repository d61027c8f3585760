package dev.paperbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One bot serves every adapter thread: answers under contention equal answers alone. */
class ConcurrencyTest {

  private static final List<String> QUESTIONS =
      List.of(
          "which paper introduced MLA?",
          "what is mHC?",
          "how many parameters does DeepSeek-V3 have?",
          "papers from January 2024",
          "which papers are about theorem proving?",
          "how does DeepSeek-V3 differ from DeepSeek-V2?",
          "what is the capital of France?",
          "the faiss paper");

  @Test
  void concurrentAnswersEqualSequentialOnes() throws Exception {
    try (PaperBot bot = PaperBot.create()) {
      List<Answer> expected = QUESTIONS.stream().map(bot::answer).toList();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Answer>>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          runs.add(
              pool.submit(
                  () -> {
                    List<Answer> out = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                      out.clear();
                      QUESTIONS.forEach(q -> out.add(bot.answer(q)));
                    }
                    return out;
                  }));
        }
        for (Future<List<Answer>> run : runs) {
          assertEquals(expected, run.get(60, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void showFindsAnExactTitle() {
    try (PaperBot bot = PaperBot.create()) {
      Answer a = bot.show("  the FAISS   library ");
      assertEquals("2401.08281", a.papers().get(0).id());
    }
  }
}
