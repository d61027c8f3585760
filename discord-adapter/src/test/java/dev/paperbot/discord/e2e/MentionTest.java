package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Question;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.Ids;
import dev.paperbot.discord.fake.RecordedRequest;
import dev.paperbot.discord.render.EmbedRenderer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * @mentions and direct messages through the real JDA. The bot runs one worker, so its replies leave
 *     in the order the messages came: once the reply to a later "sentinel" message is in, an
 *     earlier message that got no reply never will.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentionTest {
  private static final String MENTION = "<@" + Ids.BOT_ID + ">";

  private final EmbedRenderer renderer = new EmbedRenderer();
  private final FakeCore core = new FakeCore();
  private RunningBot running;
  private FakeDiscord discord;

  @BeforeAll
  void start() throws Exception {
    running = RunningBot.start(core, Map.of(), RunningBot.IN_ORDER);
    discord = running.discord;
  }

  @AfterAll
  void stop() throws Exception {
    running.close();
  }

  @Test
  void aMentionGetsADiscordReplyToThatMessageWithTheRenderedAnswer() throws Exception {
    ObjectNode question = discord.say(MENTION + " which paper introduced MLA?", true, null);

    RecordedRequest reply = discord.rest.await(replyTo(question), RunningBot.WAIT);

    assertEquals("channels/" + Ids.CHANNEL_ID + "/messages", reply.path());
    JsonNode expected = Json.of(renderer.render(FakeCore.answerFor("which paper introduced MLA?")));
    assertEquals(expected, reply.json().at("/embeds/0"));
    assertFalse(reply.json().at("/allowed_mentions/replied_user").asBoolean(true));
  }

  @Test
  void theBotsOwnMentionIsNotPartOfTheQuestion() throws Exception {
    ObjectNode question =
        discord.say("hey <@!" + Ids.BOT_ID + "> what is MoE? " + MENTION, true, null);

    discord.rest.await(replyTo(question), RunningBot.WAIT);
    assertTrue(asked("hey what is MoE?"), () -> core.questions.toString());
  }

  @Test
  void aMessageWithoutAMentionGetsNothing() throws Exception {
    ObjectNode chatter =
        discord.say("which paper introduced MLA? (talking to a human)", false, null);
    ObjectNode sentinel = discord.say(MENTION + " sentinel after chatter", true, null);

    discord.rest.await(replyTo(sentinel), RunningBot.WAIT);
    assertTrue(discord.rest.requests(replyTo(chatter)).isEmpty());
    assertFalse(asked("which paper introduced MLA? (talking to a human)"));
  }

  @Test
  void anotherBotMentioningUsGetsNothing() throws Exception {
    ObjectNode fromBot = discord.sayAsBot(MENTION + " are you a bot too?");
    ObjectNode sentinel = discord.say(MENTION + " sentinel after bot", true, null);

    discord.rest.await(replyTo(sentinel), RunningBot.WAIT);
    assertTrue(discord.rest.requests(replyTo(fromBot)).isEmpty());
  }

  @Test
  void aDirectMessageIsAnsweredWithoutAMention() throws Exception {
    ObjectNode dm = discord.directMessage("what is multi-head latent attention?");

    RecordedRequest reply = discord.rest.await(replyTo(dm), RunningBot.WAIT);

    assertEquals("channels/" + Ids.DM_CHANNEL_ID + "/messages", reply.path());
    assertTrue(asked("what is multi-head latent attention?"));
  }

  @Test
  void aFollowUpReplyingToTheBotsAnswerContinuesTheOriginalQuestionsConversation()
      throws Exception {
    ObjectNode question = discord.say(MENTION + " which paper introduced MLA?", true, null);
    ObjectNode answer = botMessage(discord.rest.await(replyTo(question), RunningBot.WAIT));

    ObjectNode followUp = discord.say(MENTION + " and when was it published?", true, answer);

    discord.rest.await(replyTo(followUp), RunningBot.WAIT);
    assertEquals(
        "discord:" + question.get("id").asText(), conversationOf("and when was it published?"));
  }

  @Test
  void aSecondFollowUpStaysInTheSameConversation() throws Exception {
    ObjectNode question = discord.say(MENTION + " who wrote DeepSeek-V2?", true, null);
    ObjectNode answer = botMessage(discord.rest.await(replyTo(question), RunningBot.WAIT));
    ObjectNode followUp = discord.say(MENTION + " and its date?", true, answer);
    ObjectNode answer2 = botMessage(discord.rest.await(replyTo(followUp), RunningBot.WAIT));

    ObjectNode followUp2 = discord.say(MENTION + " and its category?", true, answer2);

    discord.rest.await(replyTo(followUp2), RunningBot.WAIT);
    assertEquals("discord:" + question.get("id").asText(), conversationOf("and its category?"));
  }

  @Test
  void aNewMentionStartsItsOwnConversation() throws Exception {
    ObjectNode question = discord.say(MENTION + " a fresh question", true, null);

    discord.rest.await(replyTo(question), RunningBot.WAIT);
    assertEquals("discord:" + question.get("id").asText(), conversationOf("a fresh question"));
  }

  @Test
  void injectionIsEscapedAndSentWithNoMentionsParsed() throws Exception {
    String attack =
        "@everyone @here <@&123> <@456> **bold** _it_ [free nitro](https://evil.example) # big";
    ObjectNode question = discord.say(MENTION + " " + attack, true, null);

    JsonNode body = discord.rest.await(replyTo(question), RunningBot.WAIT).json();

    assertEquals(0, body.at("/allowed_mentions/parse").size(), body::toString);
    assertFalse(body.at("/allowed_mentions").has("users"));
    assertFalse(body.at("/allowed_mentions").has("roles"));
    assertEquals("", body.path("content").asText(""));
    String title = body.at("/embeds/0/title").asText();
    assertEquals(
        "You asked: @\u200Beveryone @\u200Bhere \\<@&123\\> \\<@456\\> \\*\\*bold\\*\\* \\_it\\_"
            + " \\[free nitro\\]\\(https://evil.example\\) \\# big",
        title);
    assertFalse(body.toString().contains("<@&123>"), body::toString);
  }

  @Test
  void anOverlongQuestionGetsAClearReplyAndNeverReachesTheCore() throws Exception {
    String huge = "why ".repeat(2000);
    ObjectNode question = discord.say(MENTION + " " + huge, true, null);

    JsonNode body = discord.rest.await(replyTo(question), RunningBot.WAIT).json();

    assertTrue(body.at("/embeds/0/title").asText().startsWith("That question is too long"));
    assertFalse(core.questions.stream().anyMatch(q -> q.text().startsWith("why why")));
  }

  @Test
  void binaryNoiseIsAnsweredWithControlCharactersRemoved() throws Exception {
    ObjectNode question = discord.say(MENTION + " \u0000\u0007bin\u001Bary \u202Eevil", true, null);

    JsonNode body = discord.rest.await(replyTo(question), RunningBot.WAIT).json();

    assertEquals("You asked: binary evil", body.at("/embeds/0/title").asText());
  }

  private boolean asked(String text) {
    return core.questions.stream().anyMatch(q -> q.text().equals(text));
  }

  private String conversationOf(String text) {
    return core.questions.stream()
        .filter(q -> q.text().equals(text))
        .map(Question::conversation)
        .findFirst()
        .orElseThrow(() -> new AssertionError("never asked: " + text));
  }

  /** The bot's reply as Discord shows it in a later message's referenced_message. */
  private static ObjectNode botMessage(RecordedRequest sent) {
    ObjectNode message = FakeDiscord.asMessage(sent, Long.toString(Ids.CHANNEL_ID));
    message.put(
        "id",
        Long.toString(Math.abs(sent.receivedNanos()) % 1_000_000_000L + 9_000_000_000_000_000L));
    return message;
  }
}
