package dev.paperbot.discord;

import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.PaperBot;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code java -jar paperbot-discord.jar}: reads the environment, starts the operations surface
 * (health, metrics), PaperBot's core, the feedback store and the Discord bot, prints the invite
 * link, and runs until stopped (Ctrl+C or SIGTERM).
 *
 * <p>Exit status: 2 when the environment is incomplete or malformed (the message names the
 * variable), 1 when the bot could not start (index, Discord refused or unreachable, no READY).
 */
public final class Main {
  static final int CONFIG_ERROR = 2;
  static final int STARTUP_ERROR = 1;

  private Main() {}

  public static void main(String[] args) {
    int status = run(System.getenv(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Starts the bot; returns 0 when it is running, otherwise the exit status after one line. */
  static int run(Map<String, String> env, PrintStream out, PrintStream err) {
    DiscordConfig config;
    try {
      config = DiscordConfig.fromEnv(env);
    } catch (ConfigException e) {
      err.println("paperbot-discord: " + e.getMessage());
      return CONFIG_ERROR;
    }
    Operations ops;
    try {
      ops = Operations.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      err.println("paperbot-discord: " + Redaction.redact(e.getMessage()));
      return CONFIG_ERROR;
    } catch (RuntimeException e) {
      // e.g. the management port is taken
      err.println(
          "paperbot-discord: could not start the management server on "
              + Operations.MANAGEMENT_PORT_VARIABLE
              + ": "
              + Redaction.cause(e));
      return STARTUP_ERROR;
    }
    PaperBot core;
    try {
      core = PaperBot.fromEnvironment(env, ops);
    } catch (RuntimeException e) {
      ops.close();
      err.println("paperbot-discord: could not open the paper index: " + Redaction.cause(e));
      return STARTUP_ERROR;
    }
    Feedback feedback;
    try {
      feedback = Feedback.fromEnvironment(env, ops);
    } catch (IllegalArgumentException e) {
      core.close();
      ops.close();
      err.println("paperbot-discord: " + Redaction.redact(e.getMessage()));
      return CONFIG_ERROR;
    } catch (RuntimeException e) {
      core.close();
      ops.close();
      err.println("paperbot-discord: could not open the feedback store: " + Redaction.cause(e));
      return STARTUP_ERROR;
    }
    DiscordBot bot;
    try {
      bot =
          DiscordBot.start(
              config,
              core,
              feedback,
              ops,
              DiscordBot.Timing.DEFAULT.withReady(config.readyTimeout()));
    } catch (StartupException e) {
      core.close();
      feedback.close();
      ops.close();
      err.println("paperbot-discord: " + e.getMessage());
      return STARTUP_ERROR;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // Stop taking events first, then what answered them, then the health endpoint.
                  bot.close();
                  core.close();
                  feedback.close();
                  ops.close();
                },
                "paperbot-discord-shutdown"));
    out.println("PaperBot is online in Discord as " + bot.jda().getSelfUser().getName() + ".");
    out.println("Invite it to a server: " + bot.inviteUrl());
    return 0;
  }
}
