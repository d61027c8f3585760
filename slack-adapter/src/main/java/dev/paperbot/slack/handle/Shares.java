package dev.paperbot.slack.handle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.paperbot.slack.render.SlackMessage;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Private answers waiting to be shared: the "Share with channel" button carries a random key, and
 * the click posts exactly the blocks the asker saw. Kept in memory, bounded in size and time: an
 * ephemeral message does not outlive a reload of Slack, and a share after a restart is told to ask
 * again. A key is random (96 bits), so nobody can share someone else's answer by guessing.
 */
final class Shares {

  /** Who may share what. */
  record Pending(String askerUserId, SlackMessage message) {}

  private final SecureRandom random = new SecureRandom();
  private final Cache<String, Pending> pending;

  Shares(int maxEntries, Duration ttl) {
    this.pending = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).build();
  }

  /** Remembers a message and returns its key: 16 characters of {@code [A-Za-z0-9_-]}. */
  String put(String askerUserId, SlackMessage message) {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    pending.put(key, new Pending(askerUserId, message));
    return key;
  }

  /** The message for a key, once: a second click finds nothing. */
  Optional<Pending> take(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(pending.asMap().remove(key));
  }
}
