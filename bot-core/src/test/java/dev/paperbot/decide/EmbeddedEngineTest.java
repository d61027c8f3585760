package dev.paperbot.decide;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Specifications of the engine over the embedded corpus: one engine per test class. */
abstract class EmbeddedEngineTest {

  static Answerer engine;

  @BeforeAll
  static void openEngine() {
    engine = Answerer.open(null, Duration.ofMinutes(30), Clock.systemUTC());
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }
}
