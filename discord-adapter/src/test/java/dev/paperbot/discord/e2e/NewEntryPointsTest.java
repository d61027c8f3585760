package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static dev.paperbot.discord.fake.FakeDiscord.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Answer;
import dev.paperbot.Operations;
import dev.paperbot.PageToken;
import dev.paperbot.Question;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.InMemoryFeedback;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.Ids;
import dev.paperbot.discord.fake.RecordedRequest;
import dev.paperbot.discord.handle.Controls;
import dev.paperbot.discord.render.EmbedRenderer;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The message command "Ask PaperBot", autocomplete on {@code /paper ask} and paging of list answers
 * to questions, through the real JDA and the fake Discord (which withholds message content, as
 * Discord does for a bot without MESSAGE_CONTENT).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewEntryPointsTest {
  private static final int AUTOCOMPLETE_RESULT = 8;
  private static final int UPDATE_MESSAGE = 7;
  private static final int EPHEMERAL = 64;
  private static final String MENTION = "<@" + Ids.BOT_ID + "> ";

  private final EmbedRenderer renderer = new EmbedRenderer();
  private final FakeCore core = new FakeCore();
  private RunningBot running;
  private FakeDiscord discord;

  @BeforeAll
  void start() throws Exception {
    running =
        RunningBot.start(
            core, new InMemoryFeedback(), Operations.none(), Map.of(), RunningBot.IN_ORDER);
    discord = running.discord;
  }

  @AfterAll
  void stop() throws Exception {
    running.close();
  }

  @Test
  void askPaperBotOnAMessageAsksItsTextAndAnswersOnlyTheAskerWithShare() throws Exception {
    // Someone else's message that does not mention the bot: its text reaches the bot only
    // through the command.
    ObjectNode target =
        dev.paperbot.discord.fake.Payloads.message(
            discord.nextId(),
            Ids.OTHER_BOT_ID + 1,
            false,
            "how many experts in DeepSeekMoE?",
            false,
            true,
            null);

    long id = discord.messageCommand("Ask PaperBot", target);

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    assertEquals(
        Json.of(renderer.render(FakeCore.answerFor("how many experts in DeepSeekMoE?"))),
        callback.at("/data/embeds/0"));
    assertTrue(ShareTest.buttonIds(callback.at("/data/components")).contains("share"));
    assertEquals(
        "discord:slash:" + Ids.CHANNEL_ID + ":" + Ids.USER_ID,
        conversationOf("how many experts in DeepSeekMoE?"));
  }

  @Test
  void askAutocompleteOffersAtMost25QuestionChoicesWithin100Characters() throws Exception {
    long id = discord.askAutocomplete("which paper");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();

    assertEquals(AUTOCOMPLETE_RESULT, callback.get("type").asInt());
    JsonNode choices = callback.at("/data/choices");
    assertEquals(25, choices.size(), callback::toString);
    for (JsonNode choice : choices) {
      assertTrue(choice.get("name").asText().length() <= 100, choice::toString);
      assertTrue(choice.get("value").asText().length() <= 100, choice::toString);
    }
    assertEquals("which paper completion 0", choices.get(1).get("value").asText());
  }

  @Test
  void aListAnswerToAQuestionPagesWithNextAndAsksAgainInTheAskersConversation() throws Exception {
    String question = FakeCore.LIST + " about MoE";
    long ask = discord.slash("ask", "question", question);
    JsonNode first = discord.rest.await(callbackOf(ask), RunningBot.WAIT).json();
    Answer.PaperList list = (Answer.PaperList) FakeCore.answerFor(question);
    assertEquals(Json.of(renderer.page(list, 1).embed()), first.at("/data/embeds/0"));
    String next = first.at("/data/components/0/components/1/custom_id").asText();
    assertEquals(Optional.of(PageToken.question(question, "").at(10)), Controls.pageToken(next));
    core.questions.clear();

    long click = discord.click(next, FakeDiscord.answerMessage(first, ask));

    JsonNode page2 = discord.rest.await(callbackOf(click), RunningBot.WAIT).json();
    assertEquals(UPDATE_MESSAGE, page2.get("type").asInt());
    assertEquals(Json.of(renderer.page(list, 2).embed()), page2.at("/data/embeds/0"));
    assertEquals(
        new Question(question, "discord:slash:" + Ids.CHANNEL_ID + ":" + Ids.USER_ID),
        core.questions.getFirst());
    String votes = page2.at("/data/components/1/components/0/custom_id").asText();
    assertEquals(
        first.at("/data/components/1/components/0/custom_id").asText(),
        votes,
        "the vote buttons stay with their ticket");
  }

  @Test
  void aListAnswerToAMentionPagesInTheMentionsConversation() throws Exception {
    ObjectNode asked = discord.say(MENTION + FakeCore.LIST + " by mention", true, null);
    RecordedRequest reply = discord.rest.await(replyTo(asked), RunningBot.WAIT);
    String next = reply.json().at("/components/0/components/1/custom_id").asText();
    ObjectNode message = FakeDiscord.asMessage(reply, Long.toString(Ids.CHANNEL_ID));
    core.questions.clear();

    long click = discord.click(next, message);

    JsonNode page2 = discord.rest.await(callbackOf(click), RunningBot.WAIT).json();
    assertTrue(page2.at("/data/embeds/0/footer/text").asText().contains("Page 2 of 3"));
    assertEquals("discord:" + asked.get("id").asText(), core.questions.getFirst().conversation());
  }

  @Test
  void aListQuestionTooLongForAButtonIdIsAnsweredInOneReplyWithoutPaging() throws Exception {
    String question = FakeCore.LIST + " " + "very long words ".repeat(8);

    long ask = discord.slash("ask", "question", question);

    JsonNode callback = discord.rest.await(callbackOf(ask), RunningBot.WAIT).json();
    assertEquals(
        Json.of(renderer.render(FakeCore.answerFor(question))), callback.at("/data/embeds/0"));
    assertFalse(
        ShareTest.buttonIds(callback.at("/data/components")).stream()
            .anyMatch(id -> id.startsWith("pg:")),
        callback::toString);
  }

  private String conversationOf(String text) {
    return core.questions.stream()
        .filter(q -> q.text().equals(text))
        .map(Question::conversation)
        .findFirst()
        .orElseThrow(() -> new AssertionError("never asked: " + text + " in " + core.questions));
  }
}
