package dev.paperbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperbot.PaperBot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI's commands, options and exit statuses; its JSON is the contract score.py reads. */
class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One run of the CLI, in process. */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Run run(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(Map.of(), "", args);
  }

  @Test
  void jsonAnswerHasTheScorersFields() throws Exception {
    try (PaperBot bot = PaperBot.create()) {
      JsonNode o =
          JSON.readTree(Main.toJson("q", bot.answer("which paper introduced MLA?")).toString());
      assertEquals("q", o.get("question").asText());
      assertTrue(o.get("found").asBoolean());
      assertEquals("origin", o.get("kind").asText());
      assertEquals("2405.04434", o.get("papers").get(0).get("id").asText());
      assertEquals("https://arxiv.org/abs/2405.04434", o.get("papers").get(0).get("url").asText());
      assertTrue(o.get("text").asText().contains("Multi-head Latent Attention"));
    }
  }

  @Test
  void notFoundIsFoundFalse() throws Exception {
    try (PaperBot bot = PaperBot.create()) {
      JsonNode o =
          JSON.readTree(Main.toJson("q", bot.answer("What is the capital of France?")).toString());
      assertEquals(false, o.get("found").asBoolean());
      assertEquals(0, o.get("papers").size());
    }
  }

  @Test
  void askAnswersAndExitsZero() {
    Run r = run("ask", "which", "paper", "introduced", "MLA?");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("https://arxiv.org/abs/2405.04434"), r.out());
  }

  @Test
  void cannotAnswerExitsOne() {
    Run r = run("ask", "What is the capital of France?");
    assertEquals(1, r.status(), r.err());
    assertFalse(r.out().isBlank());
  }

  @Test
  void askJsonWithAQuestionPrintsOneObject() throws Exception {
    Run r = run("ask", "--json", "which paper introduced MLA?");
    assertEquals(0, r.status());
    assertEquals(1, r.outLines().size());
    assertEquals("2405.04434", JSON.readTree(r.out()).at("/papers/0/id").asText());
  }

  @Test
  void askJsonWithoutAQuestionIsABatchOfJsonLines() throws Exception {
    Run r =
        run(
            Map.of(),
            "which paper introduced MLA?\nWhat is the capital of France?\n",
            "ask",
            "--json");
    // Not-found lines are answers too: a batch exits 0 once every line is answered.
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.outLines();
    assertEquals(2, lines.size());
    assertEquals(
        "which paper introduced MLA?", JSON.readTree(lines.get(0)).get("question").asText());
    assertFalse(JSON.readTree(lines.get(1)).get("found").asBoolean());
  }

  @Test
  void askWithoutAQuestionIsAUsageError() {
    Run r = run("ask");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("QUESTION"), r.err());
  }

  @Test
  void aMistypedOptionIsRejectedWithASuggestion() {
    Run r = run("ask", "--jsn", "x");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("Unknown option: '--jsn'"), r.err());
    assertTrue(r.err().contains("--json"), r.err());
    assertTrue(r.out().isEmpty(), "nothing answered: " + r.out());
  }

  @Test
  void anUnknownCommandIsAUsageErrorNamingIt() {
    Run r = run("frobnicate");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'frobnicate'"), r.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ask",
        "papers",
        "paper",
        "eval",
        "bench",
        "repl",
        "corpus",
        "feedback",
        "health",
        "slack",
        "discord"
      })
  void everyCommandHasHelpNamingPaperbot(String command) {
    Run r = run(command, "--help");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Usage: paperbot " + command), r.out());
  }

  @Test
  void versionExitsZero() {
    Run r = run("--version");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("paperbot "), r.out());
  }

  @Test
  void papersCommandListsTheCorpus() {
    Run r = run("papers");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("The set holds"), r.out());
  }

  @Test
  void papersJsonIsOneObjectListingThePapers() throws Exception {
    Run r = run("papers", "--json");
    assertEquals(0, r.status());
    JsonNode o = JSON.readTree(r.out());
    assertEquals("list", o.get("kind").asText());
    assertTrue(o.get("papers").size() > 10);
  }

  @Test
  void paperShowsACardOrSaysItIsMissing() throws Exception {
    Run found = run("paper", "--json", "faiss");
    assertEquals(0, found.status(), found.err());
    assertEquals("2401.08281", JSON.readTree(found.out()).at("/papers/0/id").asText());
    assertEquals(1, run("paper", "zzzqqq", "xyzzy").status());
  }

  @Test
  void paperWithoutAnArgumentIsAUsageError() {
    Run r = run("paper");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("ID_OR_TITLE"), r.err());
  }

  @Test
  void anIndexDirectoryThatIsAFileEndsWithOneLineAndStatusThree(@TempDir Path tmp)
      throws Exception {
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
    Run r = run(Map.of("PAPERBOT_INDEX_DIR", file.toString()), "", "ask", "hi");
    assertEquals(3, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("paperbot: cannot open or build the index in " + file), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aMissingCorpusEndsWithOneLineAndStatusThree(@TempDir Path tmp) {
    Run r = run(Map.of("PAPERBOT_CORPUS", tmp.resolve("none.json").toString()), "", "papers");
    assertEquals(3, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("none.json"), r.err());
  }

  @Test
  void slackIsTheLaunchersMode() {
    Run r = run("slack");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("bot-core/paperbot slack"), r.err());
  }
}
