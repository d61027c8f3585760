package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static dev.paperbot.discord.fake.FakeDiscord.replyTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeGateway;
import dev.paperbot.discord.fake.Ids;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Logs at TRACE, everything JDA and the adapter say, through start-up, IDENTIFY, a slash command, a
 * mention and a RESUME (which resends the token): the token appears nowhere.
 */
class TokenNeverLoggedTest {
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
  void theTokenIsNeverLoggedEvenAtTrace() throws Exception {
    try (RunningBot running = RunningBot.start(new FakeCore())) {
      long id = running.discord.slash("ask", "question", "what is MLA?");
      running.discord.rest.await(callbackOf(id), RunningBot.WAIT);
      running.discord.gateway.closeWith(4000);
      running.discord.gateway.awaitReceived(FakeGateway.op(6), 1, RunningBot.WAIT);
      ObjectNode message = running.discord.say("<@" + Ids.BOT_ID + "> hi", true, null);
      running.discord.rest.await(replyTo(message), RunningBot.WAIT);
    }

    List<ILoggingEvent> events = List.copyOf(captured.list);
    assertTrue(events.size() > 50, "TRACE logging was captured: " + events.size());
    for (ILoggingEvent event : events) {
      String text =
          event.getFormattedMessage()
              + (event.getThrowableProxy() == null
                  ? ""
                  : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      assertFalse(text.contains(Ids.TOKEN), () -> "token logged by " + event.getLoggerName());
    }
  }
}
