package dev.paperbot.slack.handle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DedupeTest {

  @Test
  void aRetryAndItsOriginalArrivingTogetherAreAnsweredExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 2_000; round++) {
        Dedupe dedupe = new Dedupe(100, Duration.ofMinutes(1));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          both.add(
              pool.submit(
                  () -> {
                    go.await();
                    return dedupe.firstTime("Ev1", "C1", "1.0");
                  }));
        }
        go.countDown();
        int answered = 0;
        for (Future<Boolean> f : both) {
          answered += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, answered, "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameMessageAsTwoEventsIsAnsweredOnce() {
    Dedupe dedupe = new Dedupe(100, Duration.ofMinutes(1));

    assertTrue(dedupe.firstTime("EvMention", "D1", "1.0"));
    assertFalse(dedupe.firstTime("EvIm", "D1", "1.0"), "app_mention and message.im of one message");
  }

  @Test
  void anInteractionIsFirstOnlyOnce() {
    Dedupe dedupe = new Dedupe(100, Duration.ofMinutes(1));

    assertTrue(dedupe.firstInteraction("command", "1.2.3"));
    assertFalse(dedupe.firstInteraction("command", "1.2.3"));
    assertTrue(dedupe.firstInteraction("vote", "1.2.3"), "kinds are apart");
  }
}
