package dev.paperbot.discord;

import dev.paperbot.PaperBot;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code java -jar paperbot-discord.jar}: reads the environment, starts PaperBot's core and the
 * Discord bot, prints the invite link, and runs until stopped (Ctrl+C or SIGTERM).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = run(System.getenv(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Starts the bot; returns 0 when it is running, otherwise the exit status after a message. */
  static int run(Map<String, String> env, PrintStream out, PrintStream err) {
    DiscordConfig config;
    try {
      config = DiscordConfig.fromEnv(env);
    } catch (ConfigException e) {
      err.println("paperbot-discord: " + e.getMessage());
      return 2;
    }
    PaperBot core;
    try {
      core = PaperBot.fromEnvironment();
    } catch (RuntimeException e) {
      err.println("paperbot-discord: could not open the paper index: " + e.getMessage());
      e.printStackTrace(err);
      return 1;
    }
    DiscordBot bot;
    try {
      bot = DiscordBot.start(config, core);
    } catch (StartupException e) {
      core.close();
      err.println("paperbot-discord: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  bot.close();
                  core.close();
                },
                "paperbot-discord-shutdown"));
    out.println("PaperBot is online in Discord as " + bot.jda().getSelfUser().getName() + ".");
    out.println("Invite it to a server: " + bot.inviteUrl());
    return 0;
  }
}
