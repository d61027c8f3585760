package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Question;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A comparison quotes, from each side, the sentence that says what was asked beyond the two names:
 * "on minif2f" quotes both MiniF2F results. Asked nothing more, each side is quoted by its lead.
 */
class CompareEvidenceTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0} quotes {1} from both")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          prover 1.5 vs prover v2 on minif2f, how big was the jump | minif2f
          compare deepseek-v2 and deepseek-v3 on training cost     | cost
          """)
  void eachSideIsQuotedWhereItSaysWhatWasAsked(String question, String asked) {
    Answer.Comparison c =
        assertInstanceOf(Answer.Comparison.class, engine.answer(new Question(question, null)));
    assertEquals(2, c.evidence().size());
    for (Evidence e : c.evidence()) {
      assertTrue(e.sentence().toLowerCase(Locale.ROOT).contains(asked), e::sentence);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          compare v2 and v3
          deepseek-vl vs deepseek-vl2
          """)
  void askedNothingMoreEachSideIsQuotedByItsLead(String question) {
    Answer.Comparison c =
        assertInstanceOf(Answer.Comparison.class, engine.answer(new Question(question, null)));
    for (Evidence e : c.evidence()) {
      assertTrue(
          e.sentence().matches("(?is).*\\bwe (present|introduce|propose)\\b.*"), e::sentence);
    }
  }
}
