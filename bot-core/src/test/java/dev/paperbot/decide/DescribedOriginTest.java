package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.paperbot.Answer;
import dev.paperbot.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Origins asked by describing the thing, in words no abstract uses verbatim: the description may
 * spread over two sentences of the paper, and reading the mentions must not trip on a sentence
 * whose verb follows a stop word.
 */
class DescribedOriginTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          where does the MCTS variant that uses an intrinsic reward to explore diverse proof paths come from? | 2408.08152
          who built their own custom allreduce to speed up gradient comms on a budget pcie a100 cluster       | 2408.14158
          """)
  void theIntroducingPaperAnswers(String question, String paper) {
    Answer a = engine.answer(new Question(question, null));
    assertInstanceOf(Answer.Found.class, a, a::text);
    assertEquals(paper, a.papers().get(0).id());
  }
}
