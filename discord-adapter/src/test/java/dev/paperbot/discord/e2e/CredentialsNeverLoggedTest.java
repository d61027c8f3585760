package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.paperbot.discord.DiscordConfig;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A proxy's credentials in {@code DISCORD_API_BASE_URL} and {@code DISCORD_GATEWAY_URL} ({@code
 * http://user:pass@proxy/…}) appear in no log line at any level, through start-up and an answered
 * command; the start-up line shows where it connects with the credentials redacted.
 */
class CredentialsNeverLoggedTest {
  private static final String PASSWORD = "pr0xy-pa55word";

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final List<String> loggers =
      List.of(Logger.ROOT_LOGGER_NAME, "net.dv8tion", "dev.paperbot");
  private final Level[] before = new Level[loggers.size()];

  @BeforeEach
  void captureEverything() {
    captured.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
    for (int i = 0; i < loggers.size(); i++) {
      Logger logger = context.getLogger(loggers.get(i));
      before[i] = logger.getLevel();
      logger.setLevel(Level.TRACE);
    }
  }

  @AfterEach
  void restore() {
    for (int i = 0; i < loggers.size(); i++) {
      context.getLogger(loggers.get(i)).setLevel(before[i]);
    }
    context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
    captured.stop();
  }

  @Test
  void urlCredentialsAreNeverLoggedEvenAtTrace() throws Exception {
    try (FakeDiscord probe = new FakeDiscord()) {
      // Ports of a fake started just for this test; the credentials are simply ignored there.
      String api = probe.rest.baseUrl().replace("http://", "http://user:" + PASSWORD + "@");
      String gateway = probe.gateway.url().replace("ws://", "ws://user:" + PASSWORD + "@");
      try (RunningBot running =
          RunningBot.startAgainst(
              probe,
              new FakeCore(),
              Map.of(DiscordConfig.API_BASE_URL, api, DiscordConfig.GATEWAY_URL, gateway))) {
        long id = running.discord.slash("ask", "question", "what is MLA?");
        var callback = running.discord.rest.await(callbackOf(id), RunningBot.WAIT);
        // The credentials still do their job: the proxy gets them, in a header JDA never logs.
        String basic =
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(("user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertEquals(basic, callback.headers().get("proxy-authorization"));
      }
    }

    List<ILoggingEvent> events = List.copyOf(captured.list);
    assertTrue(events.size() > 20, "TRACE logging was captured: " + events.size());
    assertTrue(
        events.stream()
            .anyMatch(e -> e.getFormattedMessage().contains("apiBaseUrl=http://<redacted>@")),
        "the start-up line names the redacted URL");
    for (ILoggingEvent event : events) {
      String text =
          event.getFormattedMessage()
              + (event.getThrowableProxy() == null
                  ? ""
                  : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      assertFalse(text.contains(PASSWORD), () -> "credentials logged by " + event.getLoggerName());
    }
  }
}
