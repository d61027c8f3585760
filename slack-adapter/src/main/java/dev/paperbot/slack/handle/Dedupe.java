package dev.paperbot.slack.handle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;

/**
 * Remembers which events were already answered. Slack retries an event whose ack was late (with the
 * same {@code event_id}), and the same message can arrive as two events (an {@code app_mention} and
 * a {@code message.im}); both are caught, by event id and by channel + ts. Bounded in size and
 * time, thread-safe.
 */
final class Dedupe {

  private final Cache<String, Boolean> seen;

  Dedupe(int maxEntries, Duration ttl) {
    this.seen = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).build();
  }

  /**
   * Records the event and returns true the first time it is seen; false when either its event id or
   * its channel + ts was seen before.
   */
  boolean firstTime(String eventId, String channel, String ts) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(ts, "ts");
    boolean newMessage =
        seen.asMap().putIfAbsent("msg:" + channel + ":" + ts, Boolean.TRUE) == null;
    boolean newEvent =
        eventId == null || seen.asMap().putIfAbsent("evt:" + eventId, Boolean.TRUE) == null;
    return newMessage && newEvent;
  }
}
