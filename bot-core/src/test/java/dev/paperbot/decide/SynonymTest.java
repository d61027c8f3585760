package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Question;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rare or unknown word of the question may be said in the abstract's words: "extra" finds
 * "additional", "eye doctor" finds "ophthalmology". A word many papers use is read as itself.
 */
class SynonymTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          how much extra data did coder v2 get in continued pretraining | 2406.11931 | additional
          how many questions were in the eye doctor exam eval of r1     | 2502.17947 | 130
          """)
  void aWordSaidOtherwiseFindsTheSentence(String question, String paper, String quoted) {
    Answer a = engine.answer(new Question(question, null));
    Answer.Found found = assertInstanceOf(Answer.Found.class, a, a::toString);
    assertEquals(paper, found.papers().get(0).id());
    assertTrue(
        found.evidence().get(0).sentence().toLowerCase(Locale.ROOT).contains(quoted),
        () -> found.evidence().get(0).sentence());
  }
}
