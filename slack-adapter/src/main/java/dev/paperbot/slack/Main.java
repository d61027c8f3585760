package dev.paperbot.slack;

import dev.paperbot.PaperBot;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar paperbot-slack.jar}: reads the configuration from the environment, starts the
 * bot, and runs until the process is stopped. Exits with status 2 on bad configuration and 1 when
 * Slack refuses to start the bot, with a message that says what to fix.
 */
public final class Main {

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    SlackSettings settings;
    try {
      settings = SlackSettings.fromEnvironment(System.getenv());
    } catch (SlackSettings.InvalidSettingsException e) {
      System.err.println("paperbot-slack: " + e.getMessage());
      System.exit(2);
      return;
    }
    PaperBot paperBot;
    try {
      paperBot = PaperBot.fromEnvironment();
    } catch (RuntimeException e) {
      log.error("Could not open the paper index", e);
      System.err.println("paperbot-slack: could not open the paper index: " + e.getMessage());
      System.exit(1);
      return;
    }
    SlackBot slackBot;
    try {
      slackBot = SlackBot.start(settings, paperBot, anyAddress());
    } catch (SlackBot.StartException e) {
      paperBot.close();
      System.err.println("paperbot-slack: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Stopping PaperBot for Slack");
                  slackBot.close();
                  paperBot.close();
                  stopped.countDown();
                },
                "paperbot-slack-shutdown"));
    if (settings.socketMode()) {
      log.info("PaperBot for Slack is running in Socket Mode");
    } else {
      log.info(
          "PaperBot for Slack is listening on port {}, path {}",
          slackBot.httpAddress().map(a -> a.getPort()).orElse(settings.port()),
          HttpEventServer.PATH);
    }
    // Socket Mode's threads are daemons: keep the JVM alive until the shutdown hook has run.
    while (!stopped.await(1, TimeUnit.HOURS)) {
      log.debug("still running");
    }
  }

  private static InetAddress anyAddress() {
    try {
      return InetAddress.getByAddress(new byte[4]);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("0.0.0.0 is always a valid address", e);
    }
  }
}
