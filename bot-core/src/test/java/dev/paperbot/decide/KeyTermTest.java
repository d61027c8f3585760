package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Question;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fact asked of a named paper stands on the rarest name it asks for ("MMLU"): only a sentence
 * holding it answers, so a paper whose abstract never says it cannot, however much of the rest a
 * sentence covers.
 */
class KeyTermTest {

  private static Answerer engine;

  @BeforeAll
  static void open() {
    engine = Answerer.open(null, Duration.ofMinutes(30), Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what's deepseek-v3's mmlu score
          how did deepseekmoe do on proofnet
          """)
  void aPaperThatNeverSaysTheNameCannotAnswer(String question) {
    assertInstanceOf(Answer.NotFound.class, engine.answer(new Question(question, null)));
  }

  @ParameterizedTest(name = "{0} quotes {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what did prover 1.5 get on minif2f             | minif2f
          what's engram's mmlu gain                       | mmlu
          what exactly is DSA in the v3.2 report          | dsa
          """)
  void aQuotedSentenceHoldsTheName(String question, String name) {
    Answer a = engine.answer(new Question(question, null));
    assertInstanceOf(Answer.Found.class, a);
    assertTrue(
        a.evidence().stream().anyMatch(e -> e.sentence().toLowerCase(Locale.ROOT).contains(name)),
        () -> a.evidence().toString());
  }
}
