package dev.paperbot.discord;

import dev.paperbot.Operations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Operations that keep meters in memory and remember every readiness report, in order. */
public final class RecordingOperations implements Operations {
  public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  public final List<String> readiness = new CopyOnWriteArrayList<>();
  public volatile boolean closed;

  @Override
  public MeterRegistry meters() {
    return registry;
  }

  @Override
  public void ready(String component, boolean ready) {
    readiness.add(component + "=" + ready);
  }

  @Override
  public void close() {
    closed = true;
  }

  /** The count of a Discord counter, 0 when it was never registered. */
  public double count(String name, String... tags) {
    var counter = registry.find(name).tag("platform", "discord").tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  public String lastReadiness() {
    return readiness.isEmpty() ? "" : readiness.getLast();
  }
}
