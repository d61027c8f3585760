package dev.paperbot.slack.testing;

import dev.paperbot.Operations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Operations that keep meters in memory and record every readiness report, in order. */
public final class RecordingOperations implements Operations {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<String> readiness = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  @Override
  public MeterRegistry meters() {
    return registry;
  }

  @Override
  public void ready(String component, boolean ready) {
    readiness.add(component + "=" + ready);
  }

  /** Every report as {@code component=true|false}, oldest first. */
  public List<String> readiness() {
    return List.copyOf(readiness);
  }

  /** A counter's count by name and its {@code platform=slack} tag; 0 when never registered. */
  public double count(String name) {
    var counter = registry.find(name).tag("platform", "slack").counter();
    return counter == null ? 0 : counter.count();
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
