package dev.paperbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Verifies Slack's request signature ({@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" +
 * body)}) before Bolt sees the request, stricter than Bolt's own check in two ways: a timestamp
 * more than {@link #WINDOW} away from now is refused in either direction (Bolt accepts any future
 * timestamp), and a signature already accepted is refused as a replay. The signature covers the
 * timestamp, so a replay can only reuse a timestamp inside the window; remembering accepted
 * signatures for twice the window therefore catches every replay of every kind of request (events,
 * slash commands, interactive payloads). The digests are compared in constant time.
 */
final class SignatureCheck {

  /** Slack's own recommendation: five minutes. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  /** Accepted signatures remembered; at this size a replay needs 160 requests a second to slip. */
  static final int MAX_REMEMBERED = 100_000;

  /** What the check decided. */
  enum Result {
    VALID("a valid request"),
    REPLAYED("a replayed request"),
    MISSING("a request without X-Slack-Signature or X-Slack-Request-Timestamp"),
    MALFORMED_TIMESTAMP("a request whose X-Slack-Request-Timestamp is not ASCII digits"),
    STALE("a request timestamped more than 5 minutes ago"),
    FUTURE("a request timestamped more than 5 minutes ahead"),
    BAD_SIGNATURE("a request with a bad signature");

    private final String reason;

    Result(String reason) {
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }

  private final SlackSignature.Generator generator;
  private final Clock clock;
  private final Cache<String, Boolean> accepted =
      Caffeine.newBuilder()
          .maximumSize(MAX_REMEMBERED)
          .expireAfterWrite(WINDOW.multipliedBy(2))
          .build();

  SignatureCheck(String signingSecret, Clock clock) {
    this.generator = new SlackSignature.Generator(Objects.requireNonNull(signingSecret, "secret"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  Result check(String timestamp, String signature, String body) {
    if (timestamp == null || signature == null) {
      return Result.MISSING;
    }
    if (timestamp.isEmpty()
        || timestamp.length() > 12
        || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Result.MALFORMED_TIMESTAMP;
    }
    long skew = Long.parseLong(timestamp) - clock.instant().getEpochSecond();
    if (skew < -WINDOW.toSeconds()) {
      return Result.STALE;
    }
    if (skew > WINDOW.toSeconds()) {
      return Result.FUTURE;
    }
    String expected = generator.generate(timestamp, body);
    if (expected == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII))) {
      return Result.BAD_SIGNATURE;
    }
    return accepted.asMap().putIfAbsent(signature, Boolean.TRUE) == null
        ? Result.VALID
        : Result.REPLAYED;
  }
}
