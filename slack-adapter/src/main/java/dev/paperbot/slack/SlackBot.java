package dev.paperbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.paperbot.Answering;
import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.slack.handle.Delivery;
import dev.paperbot.slack.handle.SlackHandlers;
import dev.paperbot.slack.render.BlockKitRenderer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running PaperBot in Slack: the Bolt app with the PaperBot listeners, reached over Socket Mode
 * or over HTTP, plus the executors that answer and retry. Close it to disconnect and stop.
 */
public final class SlackBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);

  /** Answers in flight at once; the core is CPU-bound and shared. */
  static final int ANSWER_THREADS = 4;

  /** Questions waiting beyond that are refused (logged) rather than queued without bound. */
  static final int ANSWER_QUEUE = 1_000;

  /** Every Web API call gives up after this, so no thread waits forever on Slack. */
  static final int HTTP_TIMEOUT_MILLIS = 15_000;

  /** Start-up failed for a reason the operator can fix; the message says which. */
  public static final class StartException extends Exception {
    private static final long serialVersionUID = 1L;

    StartException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Slack slack;
  private final App app;
  private final ExecutorService answers;
  private final ScheduledExecutorService retries;
  private final Operations ops;
  private final SocketModeWatch watch;
  private HttpEventServer httpServer;
  private SocketModeApp socketModeApp;

  private SlackBot(
      Slack slack,
      App app,
      ExecutorService answers,
      ScheduledExecutorService retries,
      Operations ops,
      SocketModeWatch watch) {
    this.slack = slack;
    this.app = app;
    this.answers = answers;
    this.retries = retries;
    this.ops = ops;
    this.watch = watch;
  }

  /** The component name this adapter reports to {@link Operations#ready}. */
  public static final String COMPONENT = "slack";

  /**
   * Starts the bot: Socket Mode when {@link SlackSettings#socketMode()}, else an HTTP server on
   * {@link SlackSettings#bindAddress()}:{@link SlackSettings#port()} (port 0 picks a free one).
   * Reports readiness and meters to {@code ops}; votes and recent questions go to {@code feedback}.
   */
  public static SlackBot start(
      SlackSettings settings, Answering core, Feedback feedback, Operations ops)
      throws StartException {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(ops, "ops");
    SlackMeters meters = new SlackMeters(ops.meters());
    SocketModeWatch watch = new SocketModeWatch(ops, meters);
    SlackConfig config = slackConfig(settings);
    if (settings.socketMode()) {
      config.getHttpClientResponseHandlers().add(watch);
    }
    Slack slack = Slack.getInstance(config);
    AppConfig appConfig =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(settings.botToken())
            .signingSecret(settings.signingSecret())
            // Events the bot does not answer (edits, joins…) are acked, so Slack does not retry
            // them.
            .allEventsApiAutoAckEnabled(true)
            .build();
    App app = new App(appConfig);
    ExecutorService answers =
        new ThreadPoolExecutor(
            ANSWER_THREADS,
            ANSWER_THREADS,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(ANSWER_QUEUE),
            new NamedThreads("paperbot-slack-answer", true));
    ScheduledThreadPoolExecutor retries =
        new ScheduledThreadPoolExecutor(1, new NamedThreads("paperbot-slack-retry", true));
    retries.setRemoveOnCancelPolicy(true);
    SlackBot bot = new SlackBot(slack, app, answers, retries, ops, watch);
    try {
      Delivery delivery =
          new Delivery(slack.methods(settings.botToken()), slack.getHttpClient(), retries, meters);
      new SlackHandlers(core, feedback, new BlockKitRenderer(), delivery, answers, meters)
          .register(app);
      startApp(app, settings);
      // After start: App.use builds Bolt's middleware list, whose authorization calls auth.test.
      app.use(
          (request, response, chain) -> {
            long started = System.nanoTime();
            try {
              return chain.next(request);
            } finally {
              meters.acked(Duration.ofNanos(System.nanoTime() - started));
            }
          });
      if (settings.socketMode()) {
        bot.socketModeApp = startSocketMode(settings, slack, app, meters);
        watch.started(bot.socketModeApp.getClient());
      } else {
        bot.httpServer =
            new HttpEventServer(
                app,
                settings.signingSecret(),
                new InetSocketAddress(settings.bindAddress(), settings.port()));
        try {
          bot.httpServer.start();
        } catch (Exception e) {
          throw new StartException(
              "Could not listen on "
                  + settings.bindAddress().getHostAddress()
                  + ":"
                  + settings.port()
                  + " (set PORT to a free port, BIND_ADDRESS to an address of this machine): "
                  + e.getMessage(),
              e);
        }
        ops.ready(COMPONENT, true);
      }
      return bot;
    } catch (StartException | RuntimeException e) {
      bot.close();
      throw e;
    }
  }

  /**
   * Our own config: the default instance is immutable; stats off (they cost hidden auth.test
   * calls); no proxy from the environment, so SLACK_API_URL is reached directly; bounded timeouts.
   */
  static SlackConfig slackConfig(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    config.setStatsEnabled(false);
    config.setProxyUrl(null);
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    config.setHttpClientCallTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    config.setHttpClientReadTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    config.setHttpClientWriteTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    return config;
  }

  /** Runs auth.test now, so a bad bot token stops start-up instead of failing every event. */
  private static void startApp(App app, SlackSettings settings) throws StartException {
    try {
      app.start();
    } catch (IllegalArgumentException e) {
      // Bolt's message carries the auth.test error or the I/O failure, never the token.
      if (String.valueOf(e.getMessage()).contains("auth.test error")) {
        throw new StartException(
            "SLACK_BOT_TOKEN was not accepted by Slack ("
                + Redact.userInfo(e.getMessage())
                + "). Check the Bot User OAuth Token at https://api.slack.com/apps → your app →"
                + " OAuth & Permissions, and that the app is installed to the workspace.",
            e);
      }
      throw new StartException(
          "Could not reach the Slack Web API at "
              + settings.apiUrlForDisplay()
              + " to check SLACK_BOT_TOKEN ("
              + Redact.userInfo(e.getMessage())
              + "). Check network access, or SLACK_API_URL if you set it.",
          e);
    }
  }

  private static SocketModeApp startSocketMode(
      SlackSettings settings, Slack slack, App app, SlackMeters meters) throws StartException {
    // Bolt's client factory swallows a refused token and fails later with a NullPointerException;
    // ask first, so the operator learns which variable is wrong.
    try {
      AppsConnectionsOpenResponse open =
          slack.methods().appsConnectionsOpen(r -> r.token(settings.appToken()));
      if (!open.isOk()) {
        throw new StartException(
            "SLACK_APP_TOKEN was not accepted by Slack (apps.connections.open: "
                + open.getError()
                + "). Create an app-level token with the connections:write scope at"
                + " https://api.slack.com/apps → your app → Basic Information → App-Level Tokens,"
                + " and turn Socket Mode on.",
            null);
      }
      SocketModeApp socketMode =
          new SocketModeApp(
              settings.appToken(),
              app,
              SocketModeClient.Backend.JavaWebSocket,
              context -> {
                meters.error("socket_mode");
                log.error(
                    "Failed to handle a Socket Mode {} request",
                    context.getRequest() == null ? "?" : context.getRequest().getRequestType(),
                    context.getException());
                return null;
              },
              ANSWER_THREADS);
      socketMode.startAsync();
      return socketMode;
    } catch (StartException e) {
      throw e;
    } catch (Exception e) {
      throw new StartException(
          "Could not open a Socket Mode connection to Slack ("
              + Redact.userInfo(e.toString())
              + "). Check network access to "
              + settings.apiUrlForDisplay()
              + " and SLACK_APP_TOKEN.",
          e);
    }
  }

  /** The HTTP server's address in HTTP mode; empty in Socket Mode. */
  public Optional<InetSocketAddress> httpAddress() {
    return Optional.ofNullable(httpServer).map(HttpEventServer::address);
  }

  @Override
  public void close() {
    watch.stopped();
    ops.ready(COMPONENT, false);
    if (socketModeApp != null) {
      SocketModeClient client = socketModeApp.getClient();
      try {
        socketModeApp.close();
      } catch (Exception e) {
        log.warn("Closing the Socket Mode app failed", e);
      }
      // SocketModeApp.close() leaves its client's executors running; close them too.
      if (client != null) {
        try {
          client.close();
        } catch (Exception e) {
          log.warn("Closing the Socket Mode client failed", e);
        }
      }
    }
    if (httpServer != null) {
      httpServer.close();
    }
    app.stop();
    shutdown(answers, "answer");
    shutdown(retries, "retry");
    try {
      slack.close();
    } catch (Exception e) {
      log.warn("Closing the Slack HTTP client failed", e);
    }
  }

  private static void shutdown(ExecutorService executor, String name) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        log.warn("The {} executor did not finish in 5 s; interrupting it", name);
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
