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
   * {@code /metrics} on {@value #MANAGEMENT_PORT_VARIABLE}.
   *
   * @throws IllegalArgumentException naming the variable when it is malformed
   */
  static Operations fromEnvironment(java.util.Map<String, String> env) {
    // Placeholder until the management server lands: meters in memory, nothing served.
    return none();
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
