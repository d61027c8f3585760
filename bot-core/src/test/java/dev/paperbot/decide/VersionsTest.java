package dev.paperbot.decide;

import dev.paperbot.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A version the set holds only as earlier work (Prover-V1, which V1.5 "enhances"; Coder-33B, which
 * Coder-V2 is "compared to") has no paper here; a version the set holds, or one a paper presents as
 * its own (DeepSeek LLM 67B), answers.
 */
class VersionsTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          is the deepseek-prover-v1 paper in here?
          numbers for deepseek-coder-33b pls
          """)
  void anEarlierVersionHasNoPaper(String question) {
    assertNotFound(question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          how much better is prover v1.5 than prover v1 | 2408.08152
          what does deepseek llm 67b beat               | 2401.02954
          """)
  void aVersionOfTheSetAnswers(String question, String paper) {
    assertFirstPaper(Answer.Found.class, question, paper);
  }
}
