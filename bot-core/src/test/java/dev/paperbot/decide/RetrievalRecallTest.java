package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperbot.retrieve.Retriever;
import dev.paperbot.retrieve.Retriever.Candidate;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Interpretation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retrieval golden: over each visible question set, how often the gold paper is the first and among
 * the first five papers retrieved, and how often a retrieved sentence holds the answer's required
 * words (the gold sentence). Floors are the figures measured when this ranking was chosen; a change
 * that lowers one is a regression of the retrieve stage itself.
 */
class RetrievalRecallTest extends EmbeddedEngineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}: paper@1 >= {1}, paper@5 >= {2}, sentence@{4} >= {3}")
  @CsvSource({
    // Measured at this ranking: dev 0.89 / 0.92 / 0.92, dev2 0.80 / 0.85 / 0.83. Author and date
    // questions name no topic, so retrieval alone cannot place them; the rules do. dev2's paper@5
    // was 0.89 while "rather than new model releases" was read as part of e029's topic.
    "dev-questions, 0.87, 0.90, 0.90, 40",
    "dev2-questions, 0.78, 0.84, 0.81, 40",
  })
  void goldIsRetrieved(String set, double at1, double at5, double sentence, int k)
      throws IOException {
    int questions = 0;
    int first = 0;
    int five = 0;
    int withText = 0;
    int sentenceHits = 0;
    for (JsonNode q : questions(set)) {
      if (q.get("type").asText().equals("abstain") || q.get("gold").isEmpty()) {
        continue;
      }
      Interpretation in = engine.interpreter().interpret(q.get("question").asText());
      List<Candidate> sentences = engine.retriever().sentences(in.thing(), null, Tuning.TOP_K);
      List<String> papers =
          Retriever.papers(Retriever.bestPerPaper(sentences)).stream().map(p -> p.id()).toList();
      String gold = q.get("gold").get(0).asText();
      questions++;
      first += !papers.isEmpty() && papers.get(0).equals(gold) ? 1 : 0;
      five += papers.subList(0, Math.min(5, papers.size())).contains(gold) ? 1 : 0;
      JsonNode contains = q.get("answer_contains");
      if (contains != null && !contains.isEmpty()) {
        withText++;
        boolean hit =
            sentences.stream()
                .limit(k)
                .anyMatch(
                    c -> {
                      String t = c.passage().text().toLowerCase(Locale.ROOT);
                      for (JsonNode s : contains) {
                        if (!t.contains(s.asText().toLowerCase(Locale.ROOT))) {
                          return false;
                        }
                      }
                      return true;
                    });
        sentenceHits += hit ? 1 : 0;
      }
    }
    double r1 = first / (double) questions;
    double r5 = five / (double) questions;
    double rs = withText == 0 ? 1 : sentenceHits / (double) withText;
    String figures =
        String.format("%s: paper@1 %.2f, paper@5 %.2f, sentence@%d %.2f", set, r1, r5, k, rs);
    System.out.println("retrieval recall " + figures);
    assertTrue(r1 >= at1 && r5 >= at5 && rs >= sentence, figures);
  }

  private static List<JsonNode> questions(String set) throws IOException {
    try (InputStream in =
        RetrievalRecallTest.class.getResourceAsStream("/golden/" + set + ".jsonl")) {
      List<JsonNode> out = new java.util.ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    }
  }
}
