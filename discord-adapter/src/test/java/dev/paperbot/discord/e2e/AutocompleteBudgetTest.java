package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.RunningBot;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An autocomplete cannot be deferred: when the core is too slow to suggest within the budget, the
 * interaction still gets its answer (no choices) inside Discord's 3 seconds rather than failing.
 */
class AutocompleteBudgetTest {
  private static final int AUTOCOMPLETE_RESULT = 8;

  @Test
  void aCoreThatNeverSuggestsInTimeGetsAnAnswerWithNoChoices() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    FakeCore stuck =
        new FakeCore() {
          @Override
          public List<String> suggestQuestions(String partial, int limit) {
            try {
              release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return super.suggestQuestions(partial, limit);
          }
        };
    try (RunningBot running = RunningBot.start(stuck)) {
      long id;
      JsonNode callback;
      try {
        id = running.discord.askAutocomplete("which");
        callback = running.discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
      } finally {
        release.countDown(); // before the bot closes, which waits for its workers
      }

      assertEquals(AUTOCOMPLETE_RESULT, callback.get("type").asInt());
      assertEquals(0, callback.at("/data/choices").size(), callback::toString);
      assertEquals(1, running.discord.rest.requests(callbackOf(id)).size());
    }
  }
}
