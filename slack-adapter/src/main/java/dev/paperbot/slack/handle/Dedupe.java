package dev.paperbot.slack.handle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;

/**
 * Remembers which events were already answered. Slack retries an event whose ack was late (with the
 * same {@code event_id}), and the same message can arrive as two events (an {@code app_mention} and
 * a {@code message.im}); both are caught, by event id and by channel + ts. Interactions are caught
 * by trigger id. Bounded in size and time, thread-safe.
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
    String message = "msg:" + channel + ":" + ts;
    String event = eventId == null ? null : "evt:" + eventId;
    // One decision for both keys: checked and recorded separately, a retry racing its original
    // could see the original's message key while the original sees the retry's event key, and
    // both would be dropped.
    synchronized (this) {
      boolean seenBefore =
          seen.getIfPresent(message) != null || (event != null && seen.getIfPresent(event) != null);
      seen.put(message, Boolean.TRUE);
      if (event != null) {
        seen.put(event, Boolean.TRUE);
      }
      return !seenBefore;
    }
  }

  /**
   * Records an interaction (a slash command, a button click, a shortcut) by its {@code trigger_id},
   * which Slack makes fresh for every invocation, and returns true the first time; a replayed or
   * re-delivered one is false. Without a trigger id there is nothing to compare: true.
   */
  boolean firstInteraction(String kind, String triggerId) {
    return triggerId == null
        || triggerId.isEmpty()
        || seen.asMap().putIfAbsent("int:" + kind + ":" + triggerId, Boolean.TRUE) == null;
  }
}
