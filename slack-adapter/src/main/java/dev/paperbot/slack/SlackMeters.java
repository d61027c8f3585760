package dev.paperbot.slack;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The Slack adapter's meters on the registry {@code Operations} shares, every one tagged {@code
 * platform=slack} so one dashboard serves Slack and Discord: Web API errors, 429s, Socket Mode
 * reconnects, and the time to acknowledge, with a counter of acks over Slack's 3 s.
 */
public final class SlackMeters {

  /** Slack retries, or shows the user an error, when an ack takes longer than this. */
  public static final Duration ACK_DEADLINE = Duration.ofSeconds(3);

  private final MeterRegistry registry;
  private final Counter rateLimited;
  private final Counter reconnects;
  private final Counter slowAcks;
  private final Timer acks;

  public SlackMeters(MeterRegistry registry) {
    this.registry = registry;
    this.rateLimited =
        Counter.builder("paperbot.platform.rate.limited")
            .description("HTTP 429 answers from the platform")
            .tag("platform", "slack")
            .register(registry);
    this.reconnects =
        Counter.builder("paperbot.platform.reconnects")
            .description("Socket Mode connections re-opened after a drop")
            .tag("platform", "slack")
            .register(registry);
    this.slowAcks =
        Counter.builder("paperbot.platform.acks.slow")
            .description("Acknowledgements later than Slack's 3 s")
            .tag("platform", "slack")
            .register(registry);
    this.acks =
        Timer.builder("paperbot.platform.ack")
            .description("Time from a request's arrival to its acknowledgement")
            .tag("platform", "slack")
            .register(registry);
  }

  /** A Web API call, response URL or listener failed; {@code where} is a short fixed name. */
  public void error(String where) {
    Counter.builder("paperbot.platform.errors")
        .description("Failed platform calls and listeners")
        .tag("platform", "slack")
        .tag("where", where)
        .register(registry)
        .increment();
  }

  public void rateLimited() {
    rateLimited.increment();
  }

  public void reconnected() {
    reconnects.increment();
  }

  public void acked(Duration took) {
    acks.record(took);
    if (took.compareTo(ACK_DEADLINE) > 0) {
      slowAcks.increment();
    }
  }
}
