package dev.paperbot.discord;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's default session controller with the gateway URL from configuration, and gateway connection
 * failures reported as one line each.
 *
 * <p>JDA never asks REST for the gateway, it takes it from {@link #getGateway()}, so this is where
 * a proxy (or the test fake) plugs in. When a connection attempt fails, JDA's own worker logs an
 * ERROR with a stack trace and retries every 5 s, so an unreachable gateway printed a dozen traces
 * before start-up gave up. Here a failed attempt is remembered (start-up quotes it when READY does
 * not come), logged as one WARN line once the bot has been up, and retried after the same 5 s.
 */
final class GatewaySessionController extends ConcurrentSessionController {
  private static final Logger LOG = LoggerFactory.getLogger(GatewaySessionController.class);
  private static final long RETRY_SECONDS = 5; // JDA's own pause between connect attempts

  private final String gateway;
  private final AtomicReference<String> lastFailure = new AtomicReference<>();
  private final Map<SessionConnectNode, Quiet> wrapped = new ConcurrentHashMap<>();
  private final ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "paperbot-discord-gateway-retry");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean connectedOnce;
  private volatile Consumer<String> onFailure = failure -> {};

  GatewaySessionController(String gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  @Override
  public String getGateway() {
    return gateway;
  }

  /** Why the last connection attempt failed (redacted), or null if none has. */
  String lastFailure() {
    return lastFailure.get();
  }

  /** After the first READY, failures are logged; before it, start-up reports them. */
  void connected() {
    connectedOnce = true;
  }

  /** Also tells {@code listener} of each failed attempt (for the error meter). */
  void onFailure(Consumer<String> listener) {
    this.onFailure = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public void appendSession(SessionConnectNode node) {
    Quiet quiet = node instanceof Quiet q ? q : wrapped.computeIfAbsent(node, Quiet::new);
    super.appendSession(quiet);
  }

  @Override
  public void removeSession(SessionConnectNode node) {
    Quiet quiet = node instanceof Quiet q ? q : wrapped.remove(node);
    super.removeSession(quiet == null ? node : quiet);
  }

  /** Stops retrying; the JDA it served is shut down. */
  void shutdown() {
    retries.shutdownNow();
  }

  /** A connect attempt whose failure is recorded and retried here instead of in JDA's worker. */
  private final class Quiet implements SessionConnectNode {
    private final SessionConnectNode node;

    Quiet(SessionConnectNode node) {
      this.node = node;
    }

    @Override
    public boolean isReconnect() {
      return node.isReconnect();
    }

    @Override
    public JDA getJDA() {
      return node.getJDA();
    }

    @Override
    public JDA.ShardInfo getShardInfo() {
      return node.getShardInfo();
    }

    @Override
    public void run(boolean isLast) throws InterruptedException {
      try {
        node.run(isLast);
        wrapped.remove(node);
      } catch (RuntimeException e) {
        JDA.Status status = node.getJDA().getStatus();
        if (status == JDA.Status.SHUTTING_DOWN || status == JDA.Status.SHUTDOWN) {
          LOG.debug("Gateway connect attempt ended by shutdown: {}", Redaction.cause(e));
          return;
        }
        String why = Redaction.cause(e);
        lastFailure.set(why);
        onFailure.accept(why);
        if (connectedOnce) {
          LOG.warn(
              "Could not reach the Discord gateway ({}); retrying in {} s", why, RETRY_SECONDS);
        } else {
          LOG.debug("Gateway connect attempt failed before READY: {}", why);
        }
        try {
          retries.schedule(() -> appendSession(this), RETRY_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
          LOG.debug("Not retrying the gateway: the bot is stopping");
        }
      }
    }
  }
}
