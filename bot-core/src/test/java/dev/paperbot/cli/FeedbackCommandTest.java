package dev.paperbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperbot.Answer;
import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.PaperBot;
import dev.paperbot.Question;
import dev.paperbot.ops.JdbcFeedback;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feedback}: the down-voted answers, as JSON lines ready to become eval questions. */
class FeedbackCommandTest {

  @Test
  void listsDownVotedAnswersOnly(@TempDir Path data) throws Exception {
    Map<String, String> env = Map.of("PAPERBOT_DATA_DIR", data.toString());
    try (PaperBot bot = PaperBot.create();
        JdbcFeedback store = JdbcFeedback.fromEnvironment(env, Operations.none())) {
      Answer bad = bot.answer("who came up with GRPO?");
      Answer good = bot.answer("which paper introduced MLA?");
      String down = store.ticket("slack", "U1", Question.of("who came up with GRPO?"), bad);
      String up = store.ticket("discord", "42", Question.of("which paper introduced MLA?"), good);
      store.vote(down, "slack", "U1", Feedback.Vote.DOWN);
      store.vote(down, "slack", "U2", Feedback.Vote.DOWN);
      store.vote(up, "discord", "42", Feedback.Vote.UP);
    }
    MainTest.Run r = MainTest.run(env, "", "feedback");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.outLines();
    assertEquals(1, lines.size(), r.out());
    JsonNode o = new ObjectMapper().readTree(lines.get(0));
    assertEquals("who came up with GRPO?", o.get("question").asText());
    assertEquals(2, o.get("down_votes").asInt());
    assertEquals("slack", o.get("platform").asText());
    assertTrue(
        o.has("kind") && o.has("papers") && o.has("answer") && o.has("last_voted"), o.toString());
  }

  @Test
  void anEmptyStoreListsNothing(@TempDir Path data) {
    MainTest.Run r = MainTest.run(Map.of("PAPERBOT_DATA_DIR", data.toString()), "", "feedback");
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
  }
}
