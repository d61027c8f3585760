package dev.paperbot.slack;

import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.PaperBot;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar paperbot-slack.jar}: reads the configuration from the environment, starts the
 * bot, and runs until the process is stopped.
 *
 * <p>Exit status, each with one line on standard error saying what to fix: {@value #EXIT_CONFIG}
 * for a missing or malformed variable (Slack's, {@code PAPERBOT_MANAGEMENT_PORT}, the feedback
 * database's); {@value #EXIT_REFUSED} when Slack refuses a token, the port cannot be bound, or the
 * paper index or feedback store cannot be opened.
 */
public final class Main {

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  /** A variable is missing or malformed. */
  static final int EXIT_CONFIG = 2;

  /** Slack (or the machine) refused to start the bot. */
  static final int EXIT_REFUSED = 1;

  private Main() {}

  /** A start-up failure: the exit status and the one line that explains it. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Failure(int status, String message, Throwable cause) {
      super(message, cause);
      this.status = status;
    }
  }

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> env = System.getenv();
    Operations ops = null;
    Feedback feedback = null;
    PaperBot paperBot = null;
    SlackBot slackBot;
    SlackSettings settings;
    try {
      settings = settings(env);
      ops = configured(() -> Operations.fromEnvironment(env), "the management server");
      Operations opsForFeedback = ops;
      feedback =
          configured(() -> Feedback.fromEnvironment(env, opsForFeedback), "the feedback store");
      Operations opsForCore = ops;
      paperBot = configured(() -> PaperBot.fromEnvironment(env, opsForCore), "the paper index");
      try {
        slackBot = SlackBot.start(settings, paperBot, feedback, ops);
      } catch (SlackBot.StartException e) {
        throw new Failure(EXIT_REFUSED, e.getMessage(), e);
      }
    } catch (Failure e) {
      log.debug("Start-up failed", e);
      System.err.println("paperbot-slack: " + Redact.userInfo(e.getMessage()));
      closeQuietly(paperBot, feedback, ops);
      System.exit(e.status);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PaperBot core = paperBot;
    Feedback votes = feedback;
    Operations operations = ops;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Stopping PaperBot for Slack");
                  slackBot.close();
                  closeQuietly(core, votes, operations);
                  stopped.countDown();
                },
                "paperbot-slack-shutdown"));
    if (settings.socketMode()) {
      log.info("PaperBot for Slack is running in Socket Mode");
    } else {
      log.info(
          "PaperBot for Slack is listening on {}:{}, path {} (health: {})",
          settings.bindAddress().getHostAddress(),
          slackBot.httpAddress().map(a -> a.getPort()).orElse(settings.port()),
          HttpEventServer.PATH,
          HttpEventServer.HEALTH_PATH);
    }
    // Socket Mode's threads are daemons: keep the JVM alive until the shutdown hook has run.
    while (!stopped.await(1, TimeUnit.HOURS)) {
      log.debug("still running");
    }
  }

  private static SlackSettings settings(Map<String, String> env) throws Failure {
    try {
      return SlackSettings.fromEnvironment(env);
    } catch (SlackSettings.InvalidSettingsException e) {
      throw new Failure(EXIT_CONFIG, e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Opener<T> {
    T open();
  }

  /** A malformed variable is a configuration error; anything else refused to open. */
  private static <T> T configured(Opener<T> opener, String what) throws Failure {
    try {
      return opener.open();
    } catch (IllegalArgumentException e) {
      throw new Failure(EXIT_CONFIG, e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new Failure(EXIT_REFUSED, "could not open " + what + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(PaperBot core, Feedback feedback, Operations ops) {
    if (core != null) {
      try {
        core.close();
      } catch (RuntimeException e) {
        log.warn("Closing the paper index failed", e);
      }
    }
    if (feedback instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        log.warn("Closing the feedback store failed", e);
      }
    }
    if (ops != null) {
      try {
        ops.close();
      } catch (RuntimeException e) {
        log.warn("Closing the management server failed", e);
      }
    }
  }
}
