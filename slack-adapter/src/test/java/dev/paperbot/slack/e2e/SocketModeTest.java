package dev.paperbot.slack.e2e;

import static dev.paperbot.slack.testing.RunningBot.RECONNECT_TIMEOUT;
import static dev.paperbot.slack.testing.RunningBot.TIMEOUT;
import static dev.paperbot.slack.testing.RunningBot.assertSameBlocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.paperbot.PageToken;
import dev.paperbot.Question;
import dev.paperbot.slack.render.BlockKitRenderer;
import dev.paperbot.slack.testing.FakeSlackApi;
import dev.paperbot.slack.testing.FixtureCore;
import dev.paperbot.slack.testing.Fixtures;
import dev.paperbot.slack.testing.RunningBot;
import dev.paperbot.slack.testing.SlackRequests;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Socket Mode, end to end: envelopes over a local WebSocket, Web API calls to the fake. */
class SocketModeTest {

  private static final String CHANNEL = "C0LAN2Q65";
  private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + "> ";

  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private final FixtureCore core = FixtureCore.alwaysFound();
  private RunningBot running;

  @BeforeEach
  void start() throws Exception {
    running = RunningBot.socketMode(core);
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
  }

  private void sendMention(String envelopeId, String eventId, String ts, String text, int retry) {
    running.socketServer.send(
        SlackRequests.eventsApiEnvelope(
            envelopeId, SlackRequests.appMention(eventId, CHANNEL, ts, null, BOT + text), retry));
  }

  @Test
  void anEventsApiEnvelopeIsAckedWithItsIdAndAnsweredInAThread() throws Exception {
    sendMention("env-1", "EvS1", "1600000000.000001", "who made MLA?", 0);

    JsonObject ack = running.socketServer.awaitAck("env-1", TIMEOUT);
    FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);

    assertEquals("env-1", ack.get("envelope_id").getAsString());
    assertEquals("1600000000.000001", post.form().get("thread_ts"));
    String conversation = CHANNEL + ":1600000000.000001";
    assertSameBlocks(
        renderer.render(
            Fixtures.found(),
            BlockKitRenderer.Context.page(PageToken.question("who made MLA?", conversation))),
        post.json("blocks"));
  }

  @Test
  void aSlashCommandEnvelopeIsAckedAndAnsweredOnItsResponseUrl() throws Exception {
    running.socketServer.send(
        SlackRequests.slashCommandEnvelope(
            "env-cmd", "which paper introduced MLA?", running.api.responseUrl("sm")));

    running.socketServer.awaitAck("env-cmd", TIMEOUT);
    JsonObject reply = running.api.awaitCall("/response/sm", TIMEOUT).bodyJson().getAsJsonObject();

    assertEquals("ephemeral", reply.get("response_type").getAsString(), "private first");
    assertEquals(
        List.of(new Question("which paper introduced MLA?", "C2147483705:U2147483697")),
        core.questions());
  }

  @Test
  void aRetriedEnvelopeForTheSameEventIsAckedButAnsweredOnce() throws Exception {
    sendMention("env-a", "EvSame", "1600000000.000002", "MLA?", 0);
    sendMention("env-b", "EvSame", "1600000000.000002", "MLA?", 1);
    running.socketServer.awaitAck("env-a", TIMEOUT);
    running.socketServer.awaitAck("env-b", TIMEOUT);

    sendMention("env-c", "EvOther", "1600000000.000003", "sentinel", 0);

    running.socketServer.awaitAck("env-c", TIMEOUT);
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(
        List.of("MLA?", "sentinel"), core.questions().stream().map(Question::text).toList());
    assertEquals(2, running.api.calls("/api/chat.postMessage").size());
  }

  @Test
  void theShortcutArrivesAsAnInteractiveEnvelopeAndIsAnsweredPrivately() throws Exception {
    String form = SlackRequests.messageShortcut("U2147483697", CHANNEL, "what is MLA?", "");
    String payload =
        java.net.URLDecoder.decode(
            form.substring("payload=".length()), java.nio.charset.StandardCharsets.UTF_8);
    running.socketServer.send(
        "{\"envelope_id\":\"env-sc\",\"payload\":"
            + payload
            + ",\"type\":\"interactive\",\"accepts_response_payload\":false}");

    running.socketServer.awaitAck("env-sc", TIMEOUT);
    FakeSlackApi.Call reply = running.api.awaitCall("/api/chat.postEphemeral", TIMEOUT);

    assertEquals("U2147483697", reply.form().get("user"));
    assertEquals(CHANNEL, reply.form().get("channel"));
    assertEquals("what is MLA?", core.questions().getFirst().text());
  }

  /** The ways a Socket Mode connection ends. */
  enum Drop {
    CLOSE_FRAME,
    TCP_DROP,
    DISCONNECT_MESSAGE
  }

  @ParameterizedTest
  @EnumSource(Drop.class)
  void afterTheSocketIsDroppedTheClientReconnectsAndAnswersTheNextQuestion(Drop drop)
      throws Exception {
    switch (drop) {
      case CLOSE_FRAME -> running.socketServer.closeWithFrame();
      case TCP_DROP -> running.socketServer.dropTcp();
      case DISCONNECT_MESSAGE -> running.socketServer.sendDisconnect();
    }

    running.socketServer.awaitConnection(RECONNECT_TIMEOUT);
    sendMention("env-after", "EvAfter", "1600000000.000009", "still there?", 0);

    running.socketServer.awaitAck("env-after", TIMEOUT);
    FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals("1600000000.000009", post.form().get("thread_ts"));
    assertEquals(1, running.api.calls("/api/chat.postMessage").size());
    // The new connection's hello may be handled on another worker than the envelope.
    for (int i = 0; i < 100 && !running.ops.readiness().getLast().equals("slack=true"); i++) {
      Thread.sleep(100);
    }
    List<String> readiness = running.ops.readiness();
    assertEquals("slack=true", readiness.getFirst(), "ready once connected: " + readiness);
    assertTrue(readiness.contains("slack=false"), "not ready while dropped: " + readiness);
    assertEquals("slack=true", readiness.getLast(), "ready again: " + readiness);
    assertEquals(1.0, running.ops.count("paperbot.platform.reconnects"));
  }

  @Test
  void closingTheBotReportsItNotReady() throws Exception {
    running.bot.close();

    assertEquals(List.of("slack=true", "slack=false"), running.ops.readiness().subList(0, 2));
  }
}
