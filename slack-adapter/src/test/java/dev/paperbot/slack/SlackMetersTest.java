package dev.paperbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlackMetersTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final SlackMeters meters = new SlackMeters(registry);

  private double count(String name) {
    return registry.find(name).tag("platform", "slack").counter().count();
  }

  @Test
  void anAckOverThreeSecondsIsCountedAsSlowAndEveryAckIsTimed() {
    meters.acked(Duration.ofMillis(2_999));
    meters.acked(Duration.ofMillis(3_000));
    meters.acked(Duration.ofMillis(3_001));

    assertEquals(1.0, count("paperbot.platform.acks.slow"));
    assertEquals(
        3, registry.find("paperbot.platform.ack").tag("platform", "slack").timer().count());
  }

  @Test
  void errorsAreTaggedWithWhereTheyHappened() {
    meters.error("chat.postMessage");
    meters.error("chat.postMessage");
    meters.error("listener");

    assertEquals(
        2.0,
        registry
            .find("paperbot.platform.errors")
            .tag("where", "chat.postMessage")
            .counter()
            .count());
    assertEquals(
        1.0, registry.find("paperbot.platform.errors").tag("where", "listener").counter().count());
  }
}
