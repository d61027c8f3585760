package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static dev.paperbot.discord.fake.FakeDiscord.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Answer;
import dev.paperbot.PaperBot;
import dev.paperbot.Question;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.Ids;
import dev.paperbot.discord.render.EmbedRenderer;
import java.util.List;
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

  @Test
  void askAutocompleteOffersTheCoresCompletionsWithinDiscordsLimits() throws Exception {
    long id = running.discord.askAutocomplete("which paper intro");

    JsonNode choices =
        running.discord.rest.await(callbackOf(id), RunningBot.WAIT).json().at("/data/choices");

    List<String> completions = expected.suggestQuestions("which paper intro", 25);
    assertEquals(Math.min(25, completions.size()), choices.size(), choices::toString);
    assertTrue(choices.size() > 0, "the real core completes a question start");
    for (JsonNode choice : choices) {
      assertTrue(choice.get("name").asText().length() <= 100, choice::toString);
      assertTrue(choice.get("value").asText().length() <= 100, choice::toString);
    }
  }

  @Test
  void theCorpusListPagesThroughTheRealCore() throws Exception {
    int papers = expected.list().papers().size();
    assertTrue(papers > EmbedRenderer.PAGE_SIZE, "the embedded corpus needs more than one page");

    long id = running.discord.slash("list");

    JsonNode first = running.discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    String next = first.at("/data/components/0/components/1/custom_id").asText();
    long click = running.discord.click(next, FakeDiscord.answerMessage(first, id));
    JsonNode second = running.discord.rest.await(callbackOf(click), RunningBot.WAIT).json();
    assertEquals(
        Json.of(renderer.page((Answer.PaperList) expected.list(), 2).embed()),
        second.at("/data/embeds/0"));
  }
}
