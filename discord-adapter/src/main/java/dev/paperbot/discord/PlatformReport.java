package dev.paperbot.discord;

import dev.paperbot.Operations;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.ExceptionEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Tells {@link Operations} how the Discord connection is doing: the {@value #COMPONENT} component
 * is ready from READY (or a RESUMED/re-identified session) until a disconnect, and three counters
 * tagged {@code platform=discord} count what an operator alerts on.
 *
 * <p>429s are counted on the HTTP client itself: JDA waits out rate limits and retries silently, so
 * its callbacks never see them.
 */
final class PlatformReport extends ListenerAdapter {
  static final String COMPONENT = "discord";
  static final String ERRORS = "paperbot.platform.errors";
  static final String RATE_LIMITED = "paperbot.platform.rate.limited";
  static final String RECONNECTS = "paperbot.platform.reconnects";

  private final Operations ops;
  private final Counter restErrors;
  private final Counter gatewayErrors;
  private final Counter rateLimited;
  private final Counter reconnects;

  PlatformReport(Operations ops) {
    this.ops = Objects.requireNonNull(ops, "ops");
    MeterRegistry meters = ops.meters();
    restErrors =
        Counter.builder(ERRORS)
            .description("Discord REST calls that failed (HTTP 4xx/5xx other than 429, or I/O)")
            .tags("platform", COMPONENT, "source", "rest")
            .register(meters);
    gatewayErrors =
        Counter.builder(ERRORS)
            .description("Gateway connection attempts that failed, and errors JDA reported")
            .tags("platform", COMPONENT, "source", "gateway")
            .register(meters);
    rateLimited =
        Counter.builder(RATE_LIMITED)
            .description("HTTP 429 responses from Discord (JDA waits and retries)")
            .tags("platform", COMPONENT)
            .register(meters);
    reconnects =
        Counter.builder(RECONNECTS)
            .description("Gateway sessions resumed or re-identified after a disconnect")
            .tags("platform", COMPONENT)
            .register(meters);
  }

  /** Counts every REST response and I/O failure; installed on JDA's HTTP client. */
  Interceptor interceptor() {
    return chain -> {
      Response response;
      try {
        response = chain.proceed(chain.request());
      } catch (IOException e) {
        restErrors.increment();
        throw e;
      }
      if (response.code() == 429) {
        rateLimited.increment();
      } else if (response.code() >= 400) {
        restErrors.increment();
      }
      return response;
    };
  }

  /** Not ready until the first READY. */
  void connecting() {
    ops.ready(COMPONENT, false);
  }

  void gatewayFailure() {
    gatewayErrors.increment();
  }

  @Override
  public void onReady(ReadyEvent event) {
    ops.ready(COMPONENT, true);
  }

  @Override
  public void onSessionResume(SessionResumeEvent event) {
    reconnects.increment();
    ops.ready(COMPONENT, true);
  }

  @Override
  public void onSessionRecreate(SessionRecreateEvent event) {
    reconnects.increment();
    ops.ready(COMPONENT, true);
  }

  @Override
  public void onSessionDisconnect(SessionDisconnectEvent event) {
    ops.ready(COMPONENT, false);
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    ops.ready(COMPONENT, false);
  }

  /** JDA retries a lost gateway itself, one WARN line per failed attempt; each one counts. */
  @Override
  public void onStatusChange(StatusChangeEvent event) {
    if (event.getOldStatus() == JDA.Status.ATTEMPTING_TO_RECONNECT
        && event.getNewStatus() == JDA.Status.WAITING_TO_RECONNECT) {
      gatewayErrors.increment();
    }
  }

  @Override
  public void onException(ExceptionEvent event) {
    gatewayErrors.increment();
  }
}
