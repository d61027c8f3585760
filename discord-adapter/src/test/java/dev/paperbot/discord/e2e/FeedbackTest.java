package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static dev.paperbot.discord.fake.FakeDiscord.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.InMemoryFeedback;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.Ids;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** 👍/👎 under every answer, through the real JDA: a vote recorded once and changed once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackTest {
  private static final int EPHEMERAL = 64;

  private final InMemoryFeedback feedback = new InMemoryFeedback();
  private final FakeCore core = new FakeCore();
  private RunningBot running;
  private FakeDiscord discord;

  @BeforeAll
  void start() throws Exception {
    running = RunningBot.start(core, feedback, Operations.none(), Map.of(), RunningBot.IN_ORDER);
    discord = running.discord;
  }

  @AfterAll
  void stop() throws Exception {
    running.close();
  }

  @Test
  void anAnswerCarriesThumbsWhoseIdsHoldTheTicketForThatQuestion() throws Exception {
    long id = discord.slash("ask", "question", "what is MLA?");

    JsonNode buttons = voteRow(discord.rest.await(callbackOf(id), RunningBot.WAIT).json());

    String up = buttons.get(0).get("custom_id").asText();
    assertEquals("👍", buttons.get(0).at("/emoji/name").asText());
    assertEquals("👎", buttons.get(1).at("/emoji/name").asText());
    assertTrue(up.startsWith("fb:up:") && up.length() <= 100, up);
    InMemoryFeedback.Asked asked = feedback.tickets.get(up.substring("fb:up:".length()));
    assertEquals("what is MLA?", asked.question().text());
    assertEquals("discord", asked.platform());
    assertEquals(Long.toString(Ids.USER_ID), asked.userId());
  }

  @Test
  void aVoteIsRecordedOnceThenChangedOnceAndEachClickIsThankedPrivately() throws Exception {
    long ask = discord.slash("ask", "question", "who wrote DeepSeek-V2?");
    JsonNode answer = discord.rest.await(callbackOf(ask), RunningBot.WAIT).json();
    JsonNode buttons = voteRow(answer);
    String up = buttons.get(0).get("custom_id").asText();
    String down = buttons.get(1).get("custom_id").asText();
    String ticket = up.substring("fb:up:".length());
    ObjectNode message = FakeDiscord.answerMessage(answer, ask);

    JsonNode first = ack(discord.click(up, message));
    JsonNode again = ack(discord.click(up, message));
    JsonNode changed = ack(discord.click(down, message));

    assertEquals("Thanks for your feedback!", first.at("/data/embeds/0/title").asText());
    assertEquals("You already voted that way.", again.at("/data/embeds/0/title").asText());
    assertEquals("Vote changed. Thanks!", changed.at("/data/embeds/0/title").asText());
    for (JsonNode callback : new JsonNode[] {first, again, changed}) {
      assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    }
    assertEquals(
        Map.of(Long.toString(Ids.USER_ID), Feedback.Vote.DOWN),
        feedback.votes.get(ticket),
        "one vote for the user, the changed one");
  }

  @Test
  void aForgedTicketIsToldItIsUnknownAndRecordsNothing() throws Exception {
    long ask = discord.slash("ask", "question", "forged?");
    JsonNode answer = discord.rest.await(callbackOf(ask), RunningBot.WAIT).json();

    JsonNode callback =
        ack(discord.click("fb:up:no-such-ticket", FakeDiscord.answerMessage(answer, ask)));

    assertEquals(
        "I no longer know that answer, so the vote was not counted.",
        callback.at("/data/embeds/0/title").asText());
    assertTrue(!feedback.votes.containsKey("no-such-ticket"));
  }

  @Test
  void aMentionsAnswerCarriesThumbsToo() throws Exception {
    ObjectNode question = discord.say("<@" + Ids.BOT_ID + "> what is MoE?", true, null);

    JsonNode reply = discord.rest.await(replyTo(question), RunningBot.WAIT).json();

    String up = reply.at("/components/0/components/0/custom_id").asText();
    assertTrue(up.startsWith("fb:up:"), reply::toString);
    assertEquals("what is MoE?", feedback.tickets.get(up.substring(6)).question().text(), up);
  }

  private JsonNode ack(long click) throws InterruptedException {
    return discord.rest.await(callbackOf(click), RunningBot.WAIT).json();
  }

  /** The row of 👍/👎: the last row of a reply. */
  private static JsonNode voteRow(JsonNode callback) {
    JsonNode rows = callback.at("/data/components");
    return rows.get(rows.size() - 1).get("components");
  }
}
