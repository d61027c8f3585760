package dev.paperbot.discord;

import dev.paperbot.Answering;
import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.discord.handle.ConversationKeys;
import dev.paperbot.discord.handle.MentionListener;
import dev.paperbot.discord.handle.PaperCommands;
import dev.paperbot.discord.handle.Replies;
import dev.paperbot.discord.handle.Responder;
import dev.paperbot.discord.render.EmbedRenderer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PaperBot connected to Discord: logs in, waits for the gateway's READY, registers {@code /paper}
 * and answers until closed. All JDA wiring is here; what each event does is in {@code handle}.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  /**
   * Mentions and DMs need their messages (GUILD_MESSAGES, DIRECT_MESSAGES). Not MESSAGE_CONTENT:
   * Discord includes the text of a message that mentions the bot, of a DM and of the target of a
   * message command without it, and those are the only messages the bot reads. Slash commands,
   * buttons and autocomplete need no intent at all. Neither intent is privileged, so there is no
   * switch to flip in the Developer Portal.
   */
  public static final EnumSet<GatewayIntent> INTENTS =
      EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);

  /**
   * Timings and sizes; the defaults suit Discord itself, tests shorten them.
   *
   * @param ready how long to wait for the gateway's READY
   * @param ackBudget how long an interaction waits for its answer before it is deferred
   * @param commandRegistration how long to wait for Discord to accept /paper
   * @param workers threads that call the core (one keeps replies in event order)
   */
  public record Timing(
      Duration ready, Duration ackBudget, Duration commandRegistration, int workers) {
    public static final Timing DEFAULT =
        new Timing(
            DiscordConfig.DEFAULT_READY_TIMEOUT,
            Duration.ofMillis(1500),
            Duration.ofSeconds(30),
            Math.max(2, Runtime.getRuntime().availableProcessors()));

    public Timing {
      Objects.requireNonNull(ready, "ready");
      Objects.requireNonNull(ackBudget, "ackBudget");
      Objects.requireNonNull(commandRegistration, "commandRegistration");
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be at least 1, was " + workers);
      }
    }

    /** These timings with another READY timeout (from {@code DISCORD_READY_TIMEOUT}). */
    public Timing withReady(Duration newReady) {
      return new Timing(newReady, ackBudget, commandRegistration, workers);
    }
  }

  private final JDA jda;
  private final ThreadPoolExecutor workers;
  private final ScheduledThreadPoolExecutor timer;
  private final GatewaySessionController sessions;
  private final String inviteUrl;

  private DiscordBot(
      JDA jda,
      ThreadPoolExecutor workers,
      ScheduledThreadPoolExecutor timer,
      GatewaySessionController sessions,
      String inviteUrl) {
    this.jda = jda;
    this.workers = workers;
    this.timer = timer;
    this.sessions = sessions;
    this.inviteUrl = inviteUrl;
  }

  /** Connects without vote buttons and with meters kept in memory (tests, tools). */
  public static DiscordBot start(DiscordConfig config, Answering core, Timing timing)
      throws StartupException {
    return start(config, core, Feedback.none(), Operations.none(), timing);
  }

  /**
   * Logs in, waits for READY and registers the commands; returns a running bot or throws with a
   * message for the operator, leaving nothing running.
   *
   * @param feedback where 👍/👎 clicks go; {@link Feedback#none()} shows no vote buttons
   * @param ops readiness and meters; the bot does not close it
   */
  public static DiscordBot start(
      DiscordConfig config, Answering core, Feedback feedback, Operations ops, Timing timing)
      throws StartupException {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(ops, "ops");
    // Belt and braces: every message this process sends parses no mentions, even one built
    // elsewhere than Reply.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);

    int threads = timing.workers();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(512), // beyond this, users are told to retry
            named("paperbot-discord-worker"));
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(1, named("paperbot-discord-ack"));
    timer.setRemoveOnCancelPolicy(true);

    LOG.info("Connecting to Discord with {}", config); // toString redacts token and credentials
    EmbedRenderer renderer = new EmbedRenderer();
    Responder responder = new Responder(workers, timer, timing.ackBudget(), renderer);
    Replies replies = new Replies(renderer, feedback);
    ConversationKeys conversations = new ConversationKeys();
    PaperCommands commands =
        new PaperCommands(core, renderer, replies, feedback, conversations, responder, workers);
    MentionListener mentions = new MentionListener(core, renderer, replies, conversations, workers);
    PlatformReport report = new PlatformReport(ops);
    report.connecting(); // /health says 503 until READY, not 200 because nothing reported yet
    GatewaySessionController sessions = new GatewaySessionController(config.gatewayUrl());
    sessions.onFailure(why -> report.gatewayFailure());
    Startup startup = new Startup(sessions);

    JDA jda;
    try {
      jda =
          JDABuilder.createLight(config.token(), INTENTS)
              // JDA logs every URL it calls (TRACE): it never sees the credentials.
              .setRestConfig(
                  new RestConfig().setBaseUrl(Redaction.withoutUserInfo(config.apiBaseUrl())))
              .setHttpClientBuilder(httpClient(report, Redaction.userInfo(config.apiBaseUrl())))
              .setSessionController(sessions)
              // Plain JSON frames: one code path, the one the tests exercise.
              .setCompression(Compression.NONE)
              .setGatewayEncoding(GatewayEncoding.JSON)
              .setMemberCachePolicy(MemberCachePolicy.NONE)
              .setChunkingFilter(ChunkingFilter.NONE)
              .disableCache(EnumSet.allOf(CacheFlag.class))
              .setEnableShutdownHook(false) // Main closes core and bot in order
              .addEventListeners(startup, report, commands, mentions)
              .build();
    } catch (InvalidTokenException e) {
      sessions.shutdown();
      stop(workers, timer);
      throw new StartupException(
          "Discord rejected " + DiscordConfig.TOKEN + ". " + DiscordConfig.WHERE_TO_GET_A_TOKEN);
    } catch (RuntimeException e) {
      sessions.shutdown();
      stop(workers, timer);
      throw new StartupException(
          "Could not log in to Discord at "
              + Redaction.redact(config.apiBaseUrl())
              + " ("
              + Redaction.cause(e)
              + "). Check the network, or "
              + DiscordConfig.API_BASE_URL
              + " if set.");
    }

    try {
      startup.ready.get(timing.ready().toMillis(), TimeUnit.MILLISECONDS);
      register(jda, config, commands, timing.commandRegistration());
    } catch (StartupException e) {
      abort(jda, sessions, workers, timer);
      throw e;
    } catch (ExecutionException e) {
      abort(jda, sessions, workers, timer);
      throw new StartupException(Redaction.redact(e.getCause().getMessage()));
    } catch (TimeoutException e) {
      abort(jda, sessions, workers, timer);
      String last = sessions.lastFailure();
      throw new StartupException(
          "No READY from the Discord gateway at "
              + Redaction.redact(config.gatewayUrl())
              + " within "
              + timing.ready().toSeconds()
              + " s"
              + (last == null ? "" : " (last attempt: " + last + ")")
              + ". Check the network or "
              + DiscordConfig.GATEWAY_URL
              + "; "
              + DiscordConfig.READY_TIMEOUT
              + " sets how long to wait.");
    } catch (InterruptedException e) {
      abort(jda, sessions, workers, timer);
      Thread.currentThread().interrupt();
      throw new StartupException("Interrupted while connecting to Discord", e);
    }

    sessions.connected();
    String invite = InviteUrl.forApplication(jda.getSelfUser().getApplicationIdLong());
    return new DiscordBot(jda, workers, timer, sessions, invite);
  }

  /**
   * JDA's own client settings, plus the meter that sees every response (429s included) and, when
   * {@code DISCORD_API_BASE_URL} names credentials, a Basic {@code Proxy-Authorization} for the
   * proxy (OkHttp would otherwise ignore them: {@code Authorization} carries the bot token).
   */
  private static OkHttpClient.Builder httpClient(
      PlatformReport report, java.util.Optional<String> proxyCredentials) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(25);
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(5, 10, TimeUnit.SECONDS))
            .dispatcher(dispatcher)
            .addInterceptor(report.interceptor());
    proxyCredentials.ifPresent(
        credentials -> {
          String header =
              "Basic "
                  + java.util.Base64.getEncoder()
                      .encodeToString(
                          credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          builder.addInterceptor(
              chain ->
                  chain.proceed(
                      chain.request().newBuilder().header("Proxy-Authorization", header).build()));
        });
    return builder;
  }

  private static void register(
      JDA jda, DiscordConfig config, PaperCommands commands, Duration timeout)
      throws StartupException, InterruptedException {
    String where;
    CompletableFuture<?> done;
    if (config.guildId().isPresent()) {
      long id = config.guildId().getAsLong();
      Guild guild = jda.getGuildById(id);
      if (guild == null) {
        throw new StartupException(
            "The bot is not in the server "
                + DiscordConfig.GUILD_ID
                + "="
                + Long.toUnsignedString(id)
                + ". Invite it first: "
                + InviteUrl.forApplication(jda.getSelfUser().getApplicationIdLong()));
      }
      where = "server " + guild.getId();
      done = guild.updateCommands().addCommands(commands.definitions()).submit();
    } else {
      where = "every server the bot is in (global)";
      done = jda.updateCommands().addCommands(commands.definitions()).submit();
    }
    try {
      done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      LOG.info("Registered /{} in {}", PaperCommands.NAME, where);
    } catch (ExecutionException e) {
      throw new StartupException(
          "Registering /" + PaperCommands.NAME + " failed: " + Redaction.cause(e.getCause()));
    } catch (TimeoutException e) {
      throw new StartupException(
          "Registering /"
              + PaperCommands.NAME
              + " got no answer within "
              + timeout.toSeconds()
              + " s");
    }
  }

  /** The link that adds this bot to a server. */
  public String inviteUrl() {
    return inviteUrl;
  }

  /** The JDA session, for tests and diagnostics. */
  public JDA jda() {
    return jda;
  }

  /** Disconnects, lets queued replies go out for a few seconds, then stops the workers. */
  @Override
  public void close() {
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
        LOG.warn("JDA did not stop within 10 s; forcing it");
        jda.shutdownNow();
      }
    } catch (InterruptedException e) {
      jda.shutdownNow();
      Thread.currentThread().interrupt();
    }
    sessions.shutdown();
    stop(workers, timer);
  }

  private static void abort(
      JDA jda,
      GatewaySessionController sessions,
      ThreadPoolExecutor workers,
      ScheduledThreadPoolExecutor timer) {
    sessions.shutdown();
    jda.shutdownNow();
    stop(workers, timer);
  }

  private static void stop(ThreadPoolExecutor workers, ScheduledThreadPoolExecutor timer) {
    timer.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
      thread.setDaemon(false);
      return thread;
    };
  }

  /** Completes on READY; fails with an operator's message if the gateway closes for good. */
  private static final class Startup extends ListenerAdapter {
    final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final GatewaySessionController sessions;

    Startup(GatewaySessionController sessions) {
      this.sessions = sessions;
    }

    @Override
    public void onReady(ReadyEvent event) {
      sessions.connected();
      ready.complete(null);
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
      CloseCode code = event.getCloseCode();
      String why;
      if (code == CloseCode.DISALLOWED_INTENTS) {
        // The bot asks for no privileged intent, so this means a changed Discord or a stale jar.
        why =
            "Discord refused the gateway intents "
                + INTENTS
                + " (close code 4014). Neither is privileged and none needs a switch in the"
                + " Developer Portal; check that this is the current paperbot-discord.jar.";
      } else if (code == CloseCode.AUTHENTICATION_FAILED) {
        why = "Discord rejected " + DiscordConfig.TOKEN + ". " + DiscordConfig.WHERE_TO_GET_A_TOKEN;
      } else {
        why =
            "The Discord gateway closed the connection ("
                + (code == null
                    ? "code " + event.getCode()
                    : code.getCode() + " " + code.getMeaning())
                + ").";
      }
      ready.completeExceptionally(new StartupException(why));
    }
  }
}
