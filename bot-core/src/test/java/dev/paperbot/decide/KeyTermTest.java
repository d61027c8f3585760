package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Question;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fact asked of a named paper stands on what is asked beyond the name: the rarest name it asks
 * for ("MMLU") must be in the sentence, some asked word the corpus knows must be ("context"), an
 * amount needs a number, and another paper's sentence about it needs most of the question. A paper
 * whose abstract never says it cannot answer, however much of the name a sentence holds.
 */
class KeyTermTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what's deepseek-v3's mmlu score
          how did deepseekmoe do on proofnet
          how much did v3 training cost in usd
          what's deepseek-v3's context window
          deepseek llm 67b gsm8k score?
          how many h100s did deepseek-v3 train on
          how many times faster is NSA than full attention at 64k decoding? numbers pls
          deepseek-vl2 MMMU score?
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
          what is the context length of deepseek-v2       | 128k
          how long a context does coder v2 support        | 128k
          can someone explain mhc in a nutshell, what problem does it fix | mhc
          """)
  void aQuotedSentenceHoldsTheName(String question, String name) {
    Answer a = engine.answer(new Question(question, null));
    assertInstanceOf(Answer.Found.class, a);
    assertTrue(
        a.evidence().stream().anyMatch(e -> e.sentence().toLowerCase(Locale.ROOT).contains(name)),
        () -> a.evidence().toString());
  }

  @ParameterizedTest(name = "{0} quotes {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          how many questions were in the ophthalmology r1 eval | 130
          how many questions did the eye doctor eval have       | 130
          """)
  void aClippedWordIsNoNameAndWhatIsCountedIsAsked(String question, String number) {
    Answer a = engine.answer(new Question(question, null));
    assertInstanceOf(Answer.Found.class, a, a::toString);
    assertTrue(a.evidence().get(0).sentence().contains(number), () -> a.evidence().toString());
  }
}
