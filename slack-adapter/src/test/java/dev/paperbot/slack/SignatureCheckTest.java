package dev.paperbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperbot.slack.testing.SlackRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of the signature check, on a fixed clock. */
class SignatureCheckTest {

  private static final long NOW = 1_700_000_000L;
  private static final String SECRET = SlackRequests.SIGNING_SECRET;

  private final SignatureCheck check =
      new SignatureCheck(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

  private SignatureCheck.Result signedAt(long timestamp, String body) {
    return check.check(
        Long.toString(timestamp), SlackRequests.signature(SECRET, timestamp, body), body);
  }

  @ParameterizedTest(name = "now {0} s -> {1}")
  @CsvSource({
    "0, VALID",
    "300, VALID",
    "-300, VALID",
    "301, FUTURE",
    "-301, STALE",
    "315360000, FUTURE",
    "-1700000000, STALE"
  })
  void theWindowIsFiveMinutesInEitherDirection(long offset, SignatureCheck.Result expected) {
    assertEquals(expected, signedAt(NOW + offset, "{\"offset\":" + offset + "}"));
  }

  @Test
  void theSameSignatureTwiceIsAReplay() {
    assertEquals(SignatureCheck.Result.VALID, signedAt(NOW, "body"));
    assertEquals(SignatureCheck.Result.REPLAYED, signedAt(NOW, "body"));
    assertEquals(
        SignatureCheck.Result.VALID, signedAt(NOW - 1, "body"), "signed anew: not a replay");
  }

  @Test
  void aBadSignatureIsNotRememberedSoItCannotBlockTheRealOne() {
    String good = SlackRequests.signature(SECRET, NOW, "body");
    String bad = SlackRequests.signature("other", NOW, "body");

    assertEquals(SignatureCheck.Result.BAD_SIGNATURE, check.check(Long.toString(NOW), bad, "body"));
    assertEquals(SignatureCheck.Result.VALID, check.check(Long.toString(NOW), good, "body"));
  }

  @ParameterizedTest(name = "timestamp \"{0}\"")
  @CsvSource({"１７００００００００", "17e8", "-1700000000", "0x65", "1700000000.5"})
  void aTimestampThatIsNotAsciiDigitsIsMalformed(String timestamp) {
    assertEquals(
        SignatureCheck.Result.MALFORMED_TIMESTAMP, check.check(timestamp, "v0=00", "body"));
  }

  @Test
  void missingHeadersAreMissing() {
    assertEquals(SignatureCheck.Result.MISSING, check.check(null, "v0=00", "body"));
    assertEquals(SignatureCheck.Result.MISSING, check.check(Long.toString(NOW), null, "body"));
  }
}
