package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.replyTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Feedback;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.RecordingOperations;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeGateway;
import dev.paperbot.discord.fake.Ids;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the bot reports to Operations: readiness and the platform meters (platform=discord). */
class OperationsTest {
  private static final String MENTION = "<@" + Ids.BOT_ID + "> ";

  @Test
  void notReadyUntilReadyThenNotOnDisconnectReadyAgainOnResumeAndACountedReconnect()
      throws Exception {
    RecordingOperations ops = new RecordingOperations();
    try (RunningBot running =
        RunningBot.start(new FakeCore(), Feedback.none(), ops, Map.of(), RunningBot.IN_ORDER)) {
      assertEquals(List.of("discord=false", "discord=true"), ops.readiness, "ready from READY");

      running.discord.gateway.closeWith(4000);
      running.discord.gateway.awaitReceived(FakeGateway.op(6), 1, RunningBot.WAIT);
      ObjectNode after = running.discord.say(MENTION + "after the resume", true, null);
      running.discord.rest.await(replyTo(after), RunningBot.WAIT);

      assertEquals(
          List.of("discord=false", "discord=true", "discord=false", "discord=true"), ops.readiness);
      assertEquals(1, ops.count("paperbot.platform.reconnects"));
    }
    assertEquals("discord=false", ops.lastReadiness(), "not ready once shut down");
    assertTrue(!ops.closed, "the bot does not close Operations it was given; Main does");
  }

  @Test
  void aGatewayOutageIsNotReadyCountsEachFailedAttemptAndRecoversWhenTheGatewayIsBack()
      throws Exception {
    RecordingOperations ops = new RecordingOperations();
    try (RunningBot running =
        RunningBot.start(new FakeCore(), Feedback.none(), ops, Map.of(), RunningBot.IN_ORDER)) {
      running.discord.stopGateway();
      awaitCount(ops, "paperbot.platform.errors", 1, "source", "gateway");
      assertEquals("discord=false", ops.lastReadiness());

      running.discord.restartGateway();
      running.discord.gateway.awaitReceived(FakeGateway.op(2), 1, Duration.ofSeconds(30));
      ObjectNode after = running.discord.say(MENTION + "back again", true, null);
      running.discord.rest.await(replyTo(after), RunningBot.WAIT);

      assertEquals("discord=true", ops.lastReadiness());
      assertEquals(1, ops.count("paperbot.platform.reconnects"));
    }
  }

  private static void awaitCount(RecordingOperations ops, String name, double n, String... tags)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (ops.count(name, tags) < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + " never reached " + n + ": " + ops.count(name, tags));
      }
      Thread.sleep(50);
    }
  }

  @Test
  void a429IsCountedAsRateLimitedAndNotAsAnError() throws Exception {
    RecordingOperations ops = new RecordingOperations();
    try (RunningBot running =
        RunningBot.start(new FakeCore(), Feedback.none(), ops, Map.of(), RunningBot.IN_ORDER)) {
      running.discord.rest.scriptNext(
          "POST",
          "channels/" + Ids.CHANNEL_ID + "/messages",
          429,
          Map.of(
              "Retry-After", "1",
              "X-RateLimit-Limit", "5",
              "X-RateLimit-Remaining", "0",
              "X-RateLimit-Reset-After", "0.200",
              "X-RateLimit-Bucket", "fake-bucket",
              "X-RateLimit-Scope", "user"),
          "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.2, \"global\": false}");
      ObjectNode question = running.discord.say(MENTION + "under pressure", true, null);

      running.discord.rest.await(
          r -> replyTo(question).test(r) && r.status() == 200, RunningBot.WAIT);

      assertEquals(1, ops.count("paperbot.platform.rate.limited"));
      assertEquals(0, ops.count("paperbot.platform.errors", "source", "rest"));
    }
  }

  @Test
  void aRestErrorIsCountedAsAPlatformError() throws Exception {
    RecordingOperations ops = new RecordingOperations();
    try (RunningBot running =
        RunningBot.start(new FakeCore(), Feedback.none(), ops, Map.of(), RunningBot.IN_ORDER)) {
      running.discord.rest.scriptNext(
          "POST",
          "channels/" + Ids.CHANNEL_ID + "/messages",
          403,
          Map.of(),
          "{\"message\": \"Missing Permissions\", \"code\": 50013}");
      ObjectNode refused = running.discord.say(MENTION + "refused", true, null);
      running.discord.rest.await(r -> replyTo(refused).test(r), RunningBot.WAIT);
      ObjectNode sentinel = running.discord.say(MENTION + "sentinel", true, null);
      running.discord.rest.await(replyTo(sentinel), RunningBot.WAIT);

      assertEquals(1, ops.count("paperbot.platform.errors", "source", "rest"));
    }
  }
}
