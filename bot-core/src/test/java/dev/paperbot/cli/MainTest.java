package dev.paperbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperbot.PaperBot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CLI's JSON is the contract score.py reads. */
class MainTest {

  @Test
  void jsonAnswerHasTheScorersFields() throws Exception {
    try (PaperBot bot = PaperBot.create()) {
      JsonNode o =
          new ObjectMapper()
              .readTree(Main.toJson("q", bot.answer("which paper introduced MLA?")).toString());
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
          new ObjectMapper()
              .readTree(Main.toJson("q", bot.answer("What is the capital of France?")).toString());
      assertEquals(false, o.get("found").asBoolean());
      assertEquals(0, o.get("papers").size());
    }
  }

  @Test
  void papersCommandListsTheCorpus() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int status =
        Main.run(
            new String[] {"papers"},
            new PrintStream(buf, true, StandardCharsets.UTF_8),
            System.err);
    assertEquals(0, status);
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("The set holds 21 papers"));
  }

  @Test
  void unknownCommandIsAnErrorStatus() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            new String[] {"frobnicate"},
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command"));
  }
}
