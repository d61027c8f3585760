package dev.paperbot.discord.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.paperbot.discord.DiscordBot;
import dev.paperbot.discord.DiscordConfig;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.StartupException;
import dev.paperbot.discord.fake.FakeDiscord;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Start-up that cannot succeed ends with one message naming the cause, within the READY timeout,
 * and without a stack trace in the log; credentials in the URLs appear nowhere.
 */
class StartupFailureTest {
  private static final DiscordBot.Timing SHORT_READY =
      new DiscordBot.Timing(
          Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofSeconds(5), 1);

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Logger root =
      ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void capture() {
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void release() {
    root.detachAppender(captured);
    captured.stop();
  }

  @Test
  void anUnreachableGatewayEndsAtTheReadyTimeoutNamingTheCauseWithoutErrorTraces()
      throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      Map<String, String> env = discord.env();
      env.put(DiscordConfig.GATEWAY_URL, "ws://127.0.0.1:" + freePort());

      StartupException e =
          assertThrows(
              StartupException.class,
              () -> DiscordBot.start(DiscordConfig.fromEnv(env), new FakeCore(), SHORT_READY));

      assertTrue(e.getMessage().startsWith("No READY from the Discord gateway at ws://127.0.0.1:"));
      assertTrue(e.getMessage().contains("within 2 s"), e.getMessage());
      assertTrue(e.getMessage().contains("Connection refused"), e.getMessage());
      assertTrue(e.getMessage().contains("DISCORD_READY_TIMEOUT"), e.getMessage());
      assertEquals(List.of(), problems(), "nothing logged at WARN or above, no stack trace");
    }
  }

  @Test
  void aGatewayThatNeverAnswersEndsAtTheReadyTimeoutWithoutErrorTraces() throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> env = discord.env();
      env.put(DiscordConfig.GATEWAY_URL, "ws://127.0.0.1:" + silent.getLocalPort());

      StartupException e =
          assertThrows(
              StartupException.class,
              () -> DiscordBot.start(DiscordConfig.fromEnv(env), new FakeCore(), SHORT_READY));

      assertTrue(e.getMessage().startsWith("No READY from the Discord gateway"), e.getMessage());
      assertEquals(List.of(), problems());
    }
  }

  @Test
  void anUnreachableRestApiNamesTheRealCauseNotJdasContextExceptionAndHidesCredentials()
      throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      Map<String, String> env = discord.env();
      env.put(
          DiscordConfig.API_BASE_URL,
          "http://proxyuser:s3cret-pw@127.0.0.1:" + freePort() + "/api/v10/");

      StartupException e =
          assertThrows(
              StartupException.class,
              () -> DiscordBot.start(DiscordConfig.fromEnv(env), new FakeCore(), SHORT_READY));

      assertTrue(e.getMessage().contains("ConnectException"), e.getMessage());
      assertFalse(e.getMessage().contains("ContextException"), e.getMessage());
      assertTrue(e.getMessage().contains("http://<redacted>@127.0.0.1:"), e.getMessage());
      assertEquals(null, e.getCause(), "the message says it all; no trace to print");
      for (ILoggingEvent event : captured.list) {
        assertFalse(event.getFormattedMessage().contains("s3cret-pw"), event::getFormattedMessage);
      }
    }
  }

  /** Log events at WARN or above, or with a stack trace: what an operator would have to read. */
  private List<String> problems() {
    return captured.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN) || e.getThrowableProxy() != null)
        .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage())
        .toList();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    }
  }
}
