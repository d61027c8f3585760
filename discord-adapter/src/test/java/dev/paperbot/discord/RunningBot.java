package dev.paperbot.discord;

import dev.paperbot.Answering;
import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.discord.fake.FakeDiscord;
import java.time.Duration;
import java.util.Map;

/** The real bot (real JDA) connected to a fresh fake Discord on 127.0.0.1. */
public class RunningBot implements AutoCloseable {
  public static final Duration WAIT = Duration.ofSeconds(10);
  public static final DiscordBot.Timing TIMING =
      new DiscordBot.Timing(
          Duration.ofSeconds(15), Duration.ofMillis(1500), Duration.ofSeconds(10), 2);

  /**
   * One worker: answers leave in the order events arrived, so "the reply to a later message has
   * arrived" proves an earlier one was not answered (or answered once) without sleeping.
   */
  public static final DiscordBot.Timing IN_ORDER =
      new DiscordBot.Timing(
          Duration.ofSeconds(15), Duration.ofMillis(1500), Duration.ofSeconds(10), 1);

  public final FakeDiscord discord;
  public final DiscordBot bot;

  private RunningBot(FakeDiscord discord, DiscordBot bot) {
    this.discord = discord;
    this.bot = bot;
  }

  public static RunningBot start(Answering core) throws Exception {
    return start(core, Map.of(), TIMING);
  }

  public static RunningBot start(
      Answering core, Map<String, String> extraEnv, DiscordBot.Timing timing) throws Exception {
    return start(core, Feedback.none(), Operations.none(), extraEnv, timing);
  }

  /** With a feedback store (vote buttons) and operations the test inspects. */
  public static RunningBot start(
      Answering core,
      Feedback feedback,
      Operations ops,
      Map<String, String> extraEnv,
      DiscordBot.Timing timing)
      throws Exception {
    FakeDiscord discord = new FakeDiscord();
    try {
      Map<String, String> env = discord.env();
      env.putAll(extraEnv);
      return new RunningBot(
          discord, DiscordBot.start(DiscordConfig.fromEnv(env), core, feedback, ops, timing));
    } catch (Exception | Error e) {
      discord.close();
      throw e;
    }
  }

  /** Against a fake the test already started (it closes it), with these variables on top. */
  public static RunningBot startAgainst(
      FakeDiscord discord, Answering core, Map<String, String> extraEnv) throws Exception {
    Map<String, String> env = discord.env();
    env.putAll(extraEnv);
    return new RunningBot(discord, DiscordBot.start(DiscordConfig.fromEnv(env), core, TIMING)) {
      @Override
      public void close() {
        bot.close(); // the test closes its fake
      }
    };
  }

  @Override
  public void close() throws Exception {
    try {
      bot.close();
    } finally {
      discord.close();
    }
  }
}
