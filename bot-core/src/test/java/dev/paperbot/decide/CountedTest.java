package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperbot.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "How many X" is answered by a sentence that counts X: "2,048 NVIDIA H800 GPUs" counts H800s (a
 * model name may take its kind after it), "2.788M H800 GPU hours" counts hours.
 */
class CountedTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          how many h800s did v3 train on, per the hardware insights paper             | 2505.09343 | 2,048
          how many a100s are in fire-flyer 2                                          | 2408.14158 | 10,000
          """)
  void theSentenceCountingTheThingAnswers(String question, String paper, String number) {
    Answer.Found a = assertFirstPaper(Answer.Found.class, question, paper);
    assertEquals(true, a.evidence().get(0).sentence().contains(number), a::text);
  }
}
