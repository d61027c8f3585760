package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.paperbot.Answer;
import dev.paperbot.Question;
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

  /**
   * Asserts the question gets an answer of {@code type} that first cites {@code paper}; the answer,
   * for more checks.
   */
  static <T extends Answer> T assertFirstPaper(Class<T> type, String question, String paper) {
    Answer a = engine.answer(new Question(question, null));
    T typed = assertInstanceOf(type, a, a::text);
    assertEquals(paper, a.papers().get(0).id(), a::text);
    return typed;
  }

  /** Asserts the set cannot answer the question. */
  static void assertNotFound(String question) {
    Answer a = engine.answer(new Question(question, null));
    assertInstanceOf(Answer.NotFound.class, a, a::text);
  }
}
