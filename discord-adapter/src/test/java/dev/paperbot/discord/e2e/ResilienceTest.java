package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.FakeGateway;
import dev.paperbot.discord.fake.Ids;
import dev.paperbot.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway going away and Discord pushing back. Each test gets a fresh bot and fake Discord
 * (sessions and sequence numbers must start clean); the bot runs one worker, so a reply to a later
 * sentinel message proves all earlier replies are in.
 */
class ResilienceTest {
  private static final String MENTION = "<@" + Ids.BOT_ID + "> ";

  private RunningBot running;
  private FakeDiscord discord;

  @BeforeEach
  void start() throws Exception {
    running = RunningBot.start(new FakeCore(), Map.of(), RunningBot.IN_ORDER);
    discord = running.discord;
    discord.rest.await(r -> r.is("PUT", ".*commands"), RunningBot.WAIT); // fully started
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
  }

  @Test
  void afterClose4000TheBotResumesAndAnswersAMessageSentMeanwhileExactlyOnce() throws Exception {
    discord.gateway.closeWith(4000);
    ObjectNode meanwhile = discord.say(MENTION + "asked while disconnected", true, null);

    JsonNode resume = discord.gateway.awaitReceived(FakeGateway.op(6), 1, RunningBot.WAIT);

    assertEquals("session-1", resume.at("/d/session_id").asText());
    assertAnsweredExactlyOnce(meanwhile);
    assertEquals(1, discord.gateway.received(FakeGateway.op(2)).size(), "no second IDENTIFY");
  }

  @Test
  void afterATcpDropTheBotResumesAndAnswersAMessageSentMeanwhileExactlyOnce() throws Exception {
    discord.gateway.dropConnection();
    ObjectNode meanwhile = discord.say(MENTION + "asked while the line was down", true, null);

    discord.gateway.awaitReceived(FakeGateway.op(6), 1, RunningBot.WAIT);

    assertAnsweredExactlyOnce(meanwhile);
    assertEquals(1, discord.gateway.received(FakeGateway.op(2)).size(), "no second IDENTIFY");
  }

  @Test
  void anInvalidSessionMakesTheBotIdentifyAgainAndKeepAnswering() throws Exception {
    discord.gateway.invalidateSession();

    discord.gateway.awaitReceived(FakeGateway.op(2), 2, RunningBot.WAIT);
    ObjectNode after = discord.say(MENTION + "still there?", true, null);

    discord.rest.await(replyTo(after), RunningBot.WAIT);
    assertTrue(
        discord.gateway.received(FakeGateway.op(6)).isEmpty(), "no RESUME of a dead session");
  }

  @Test
  void a429OnAReplyIsRetriedAfterRetryAfterAndDeliveredOnce() throws Exception {
    discord.rest.scriptNext(
        "POST",
        "channels/" + Ids.CHANNEL_ID + "/messages",
        429,
        Map.of(
            "Retry-After", "1",
            "Via", "1.1 google",
            "X-RateLimit-Limit", "5",
            "X-RateLimit-Remaining", "0",
            "X-RateLimit-Reset-After", "1.000",
            "X-RateLimit-Bucket", "fake-bucket",
            "X-RateLimit-Scope", "user"),
        "{\"message\": \"You are being rate limited.\", \"retry_after\": 1.0, \"global\": false}");
    ObjectNode question = discord.say(MENTION + "hello under pressure", true, null);

    RecordedRequest delivered = discord.rest.await(replyTo(question), 2, RunningBot.WAIT);

    List<RecordedRequest> attempts = discord.rest.requests(replyTo(question));
    assertEquals(429, attempts.get(0).status());
    assertEquals(200, delivered.status());
    long waited = delivered.receivedNanos() - attempts.get(0).receivedNanos();
    assertTrue(waited >= Duration.ofMillis(900).toNanos(), "retried after " + waited + " ns");
    assertAnsweredExactlyOnce(question);
  }

  /** One successful reply to {@code message}, checked after a later message's reply is in. */
  private void assertAnsweredExactlyOnce(ObjectNode message) throws InterruptedException {
    discord.rest.await(r -> replyTo(message).test(r) && r.status() == 200, RunningBot.WAIT);
    ObjectNode sentinel = discord.say(MENTION + "sentinel " + discord.nextId(), true, null);
    discord.rest.await(replyTo(sentinel), RunningBot.WAIT);
    List<RecordedRequest> delivered =
        discord.rest.requests(r -> replyTo(message).test(r) && r.status() == 200);
    assertEquals(1, delivered.size(), delivered::toString);
  }
}
