package dev.paperbot.slack;

import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.listener.HttpResponseListener;
import dev.paperbot.Operations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the Socket Mode connection for {@link Operations}: ready once connected, not ready when
 * the connection closes, ready again when Slack greets a new one with {@code hello}.
 *
 * <p>Reconnects are counted where every one of them must pass: a successful {@code
 * apps.connections.open} after start-up (each new connection needs a fresh URL). The close listener
 * alone would miss some: when Bolt's session monitor finds a dead connection (a dropped TCP socket)
 * it opens a new one without running the close listeners.
 */
final class SocketModeWatch extends HttpResponseListener {

  private static final Logger log = LoggerFactory.getLogger(SocketModeWatch.class);

  private final Operations ops;
  private final SlackMeters meters;
  private volatile boolean started;

  SocketModeWatch(Operations ops, SlackMeters meters) {
    this.ops = ops;
    this.meters = meters;
  }

  /** The first connection is open: from now on a new connection is a reconnect. */
  void started(SocketModeClient client) {
    if (client != null) {
      client.addWebSocketCloseListener(
          (code, reason) -> {
            if (started) {
              log.warn("Socket Mode connection closed ({} {})", code, reason);
              ops.ready(SlackBot.COMPONENT, false);
            }
          });
      client.addWebSocketMessageListener(
          message -> {
            if (started && message != null && message.contains("\"type\":\"hello\"")) {
              ops.ready(SlackBot.COMPONENT, true);
            }
          });
    } else {
      log.warn("Socket Mode client not available; readiness follows start and stop only");
    }
    started = true;
    ops.ready(SlackBot.COMPONENT, true);
  }

  /** Closing on purpose: what follows is not a drop. */
  void stopped() {
    started = false;
  }

  @Override
  public void accept(State state) {
    if (!started || state.getResponse() == null) {
      return;
    }
    String path = state.getResponse().request().url().encodedPath();
    String body = state.getParsedResponseBody();
    if (path.endsWith("/apps.connections.open")
        && state.getResponse().code() == 200
        && body != null
        && body.contains("\"ok\":true")) {
      meters.reconnected();
      log.info("Socket Mode is opening a new connection");
      ops.ready(SlackBot.COMPONENT, false);
    }
  }
}
