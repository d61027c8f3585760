package dev.paperbot.slack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.slack.api.util.json.GsonFactory;
import dev.paperbot.Answering;
import dev.paperbot.Feedback;
import dev.paperbot.slack.SlackBot;
import dev.paperbot.slack.SlackSettings;
import dev.paperbot.slack.render.SlackMessage;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

/** The real Bolt app against the fakes, on 127.0.0.1 only. */
public final class RunningBot implements AutoCloseable {

  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Socket Mode's own session monitor checks the connection every 5 s, from 5 s after start. */
  public static final Duration RECONNECT_TIMEOUT = Duration.ofSeconds(30);

  public final FakeSlackApi api;
  public final FakeSocketModeServer socketServer;
  public final SlackBot bot;
  public final SlackRequests requests;
  public final RecordingOperations ops;

  private RunningBot(
      FakeSlackApi api,
      FakeSocketModeServer socketServer,
      SlackBot bot,
      SlackRequests requests,
      RecordingOperations ops) {
    this.api = api;
    this.socketServer = socketServer;
    this.bot = bot;
    this.requests = requests;
    this.ops = ops;
  }

  /** HTTP (Events API) mode on a free loopback port, keeping no feedback. */
  public static RunningBot http(Answering core) throws Exception {
    return http(core, Feedback.none());
  }

  /** HTTP (Events API) mode on a free loopback port. */
  public static RunningBot http(Answering core, Feedback feedback) throws Exception {
    FakeSlackApi api = new FakeSlackApi();
    try {
      SlackSettings settings =
          new SlackSettings(
              "xoxb-test-token",
              null,
              SlackRequests.SIGNING_SECRET,
              0,
              api.apiUrl(),
              InetAddress.getLoopbackAddress());
      RecordingOperations ops = new RecordingOperations();
      SlackBot bot = SlackBot.start(settings, core, feedback, ops);
      int port = bot.httpAddress().orElseThrow().getPort();
      URI endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
      return new RunningBot(api, null, bot, new SlackRequests(endpoint), ops);
    } catch (Exception | Error e) {
      api.close();
      throw e;
    }
  }

  /** Socket Mode against the fake server; returns once the first connection is open. */
  public static RunningBot socketMode(Answering core) throws Exception {
    FakeSlackApi api = new FakeSlackApi();
    FakeSocketModeServer socketServer = new FakeSocketModeServer();
    try {
      api.socketModeUrl(socketServer.url());
      SlackSettings settings =
          new SlackSettings(
              "xoxb-test-token",
              "xapp-1-A0PAPERBOT-1-test",
              null,
              0,
              api.apiUrl(),
              InetAddress.getLoopbackAddress());
      RecordingOperations ops = new RecordingOperations();
      SlackBot bot = SlackBot.start(settings, core, Feedback.none(), ops);
      socketServer.awaitConnection(TIMEOUT);
      return new RunningBot(api, socketServer, bot, null, ops);
    } catch (Exception | Error e) {
      socketServer.close();
      api.close();
      throw e;
    }
  }

  /** Blocks JSON exactly as Bolt serializes them into chat.postMessage. */
  public static JsonElement blocksJson(SlackMessage message) {
    return GsonFactory.createSnakeCase().toJsonTree(message.blocks());
  }

  public static void assertSameBlocks(SlackMessage expected, JsonElement actualBlocks) {
    assertEquals(blocksJson(expected), actualBlocks, "blocks differ from the renderer's output");
  }

  /** The port the bot's HTTP front listens on. */
  public int port() {
    return bot.httpAddress().orElseThrow().getPort();
  }

  @Override
  public void close() throws Exception {
    try {
      bot.close();
    } finally {
      if (socketServer != null) {
        socketServer.close();
      }
      api.close();
    }
  }
}
