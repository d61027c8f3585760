package dev.paperbot.slack.handle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryTest {

  @ParameterizedTest(name = "Retry-After {0} -> wait {1} s")
  @CsvSource(
      nullValues = "none",
      value = {"3, 3", "' 7 ', 7", "0, 0", "3600, 60", "-5, 0", "soon, 1", "none, 1"})
  void retryAfterIsReadBoundedAndDefaultsToOneSecond(String header, long seconds) {
    assertEquals(seconds, Delivery.retryAfter(header));
  }
}
