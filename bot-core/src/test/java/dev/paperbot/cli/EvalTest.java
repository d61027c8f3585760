package dev.paperbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval}: score.py's rules and output, in the project. */
class EvalTest {

  @Test
  void reportsMissesPerKindLinesAndTheTotalLast(@TempDir Path tmp) throws Exception {
    Path file =
        Files.writeString(
            tmp.resolve("q.jsonl"),
            """
            {"id": "a1", "type": "origin", "question": "which paper introduced MLA?", "gold": ["2405.04434"], "answer_contains": ["Multi-head Latent Attention"]}

            {"id": "a2", "type": "origin", "question": "which paper introduced MLA?", "gold": ["2401.08281"]}
            {"id": "a3", "type": "abstain", "question": "What is the capital of France?", "gold": []}
            """);
    MainTest.Run r = MainTest.run(Map.of(), "", "eval", file.toString());
    assertEquals(1, r.status(), r.err());
    List<String> lines = r.outLines();
    assertEquals(
        List.of(
            "MISS a2 [origin] 'which paper introduced MLA?': cited ['2405.04434']",
            "abstain       1/1",
            "origin        1/2",
            "2 passed, 1 failed"),
        lines);
  }

  @Test
  void allPassingExitsZero(@TempDir Path tmp) throws Exception {
    Path file =
        Files.writeString(
            tmp.resolve("q.jsonl"),
            "{\"id\": \"a1\", \"type\": \"title_lookup\", \"question\": \"the faiss paper\","
                + " \"gold\": [\"2401.08281\"]}\n");
    MainTest.Run r = MainTest.run(Map.of(), "", "eval", file.toString());
    assertEquals(0, r.status(), r.out());
    assertEquals("1 passed, 0 failed", r.outLines().getLast());
  }

  @Test
  void aMalformedLineIsAUsageErrorNamingIt(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("q.jsonl"), "{\"id\": 1}\nnot json\n");
    MainTest.Run r = MainTest.run(Map.of(), "", "eval", file.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("q.jsonl:1"), r.err());
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path tmp) {
    MainTest.Run r = MainTest.run(Map.of(), "", "eval", tmp.resolve("none.jsonl").toString());
    assertEquals(3, r.status());
    assertTrue(r.err().contains("none.jsonl (no such file or directory)"), r.err());
  }

  @Test
  void reprQuotesLikePython() {
    assertEquals("'plain'", Eval.pyRepr("plain"));
    assertEquals("\"it's\"", Eval.pyRepr("it's"));
    assertEquals("'both \\' and \"'", Eval.pyRepr("both ' and \""));
    assertEquals("['a', 'b']", Eval.pyList(List.of("a", "b")));
    assertEquals("[]", Eval.pyList(List.of()));
  }
}
