package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static dev.paperbot.discord.fake.FakeDiscord.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.PaperBot;
import dev.paperbot.Question;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.Ids;
import dev.paperbot.discord.render.EmbedRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The production wiring: the real {@link PaperBot} facade behind the adapter. Whatever the engine
 * answers, the bot must send exactly its rendering; the expectation comes from a second, fresh
 * PaperBot asked the same question in the same conversation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCoreTest {
  private final EmbedRenderer renderer = new EmbedRenderer();
  private PaperBot served;
  private PaperBot expected;
  private RunningBot running;

  @BeforeAll
  void start() throws Exception {
    served = PaperBot.create();
    expected = PaperBot.create();
    running = RunningBot.start(served);
  }

  @AfterAll
  void stop() throws Exception {
    running.close();
    served.close();
    expected.close();
  }

  @Test
  void askSendsTheRenderingOfWhatTheCoreAnswers() throws Exception {
    String question = "which paper introduced multi-head latent attention?";

    long id = running.discord.slash("ask", "question", question);

    JsonNode callback = running.discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    String conversation = "discord:slash:" + Ids.CHANNEL_ID + ":" + Ids.USER_ID;
    assertEquals(
        Json.of(renderer.render(expected.answer(new Question(question, conversation)))),
        callback.at("/data/embeds/0"));
  }

  @Test
  void aMentionSendsTheRenderingOfWhatTheCoreAnswers() throws Exception {
    String question = "when was DeepSeek-V2 published?";

    ObjectNode message = running.discord.say("<@" + Ids.BOT_ID + "> " + question, true, null);

    JsonNode reply = running.discord.rest.await(replyTo(message), RunningBot.WAIT).json();
    String conversation = "discord:" + message.get("id").asText();
    assertEquals(
        Json.of(renderer.render(expected.answer(new Question(question, conversation)))),
        reply.at("/embeds/0"));
  }
}
