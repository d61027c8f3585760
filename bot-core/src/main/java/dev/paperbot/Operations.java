package dev.paperbot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * What a long-running mode (Slack, Discord) reports to whoever operates it: meters and readiness.
 * The implementation behind {@code Operations.fromEnvironment} serves them on the management port
 * ({@code /health}, {@code /metrics}); {@link #none()} keeps meters in memory and serves nothing.
 *
 * <p>Adapters record platform facts on {@link #meters()} (errors, 429s, reconnects, slow acks) and
 * flip their component with {@link #ready}; the core records answers itself.
 */
public interface Operations extends AutoCloseable {

  /** Where meters go; shared by the core and the adapter. */
  MeterRegistry meters();

  /**
   * Marks a component ({@code "index"}, {@code "slack"}, {@code "discord"}) ready or not. {@code
   * /health} answers 200 only while every component that has reported is ready.
   */
  void ready(String component, boolean ready);

  /** Stops serving; idempotent. */
  @Override
  void close();

  /** The environment variable naming the management port. */
  String MANAGEMENT_PORT_VARIABLE = "PAPERBOT_MANAGEMENT_PORT";

  /**
   * Operations for a long-running mode, configured from the environment: serves {@code /health} and
   * {@code /metrics} on {@value #MANAGEMENT_PORT_VARIABLE} (default 9090, {@code 0} a free port,
   * {@code off} none) at {@code BIND_ADDRESS} (default 0.0.0.0).
   *
   * @throws IllegalArgumentException naming the variable when it is malformed
   * @throws java.io.UncheckedIOException when the port cannot be bound
   */
  static Operations fromEnvironment(java.util.Map<String, String> env) {
    dev.paperbot.ops.Logs.install();
    return dev.paperbot.ops.Management.start(env);
  }

  /**
   * The port {@code /health} and {@code /metrics} are served on (the bound one when {@code 0} was
   * asked for); empty when nothing is served.
   */
  default java.util.OptionalInt managementPort() {
    return java.util.OptionalInt.empty();
  }

  /** Meters in memory, no server: for tests and the one-shot CLI. */
  static Operations none() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    return new Operations() {
      @Override
      public MeterRegistry meters() {
        return registry;
      }

      @Override
      public void ready(String component, boolean ready) {}

      @Override
      public void close() {}
    };
  }
}
