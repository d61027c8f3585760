package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A topic list holds every paper naming the topic: a name asked without a version also finds its
 * versions ("llama" is "LLaMA2"), and each example of a kind counts on its own ("GPT-3.5" is one of
 * "openai models (gpt, o1, o3)").
 */
class TopicListTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          which abstracts bring up llama at all | 2401.02954 2401.06066 2501.12948 2502.03688
          which papers compare against openai models (gpt-anything, o1, o3 etc) | 2401.02954 2406.11931 2501.12948 2502.03688 2502.17947 2512.02556
          anything on theorem proving from 2024?                                | 2408.08152
          which 2025 papers are about theorem proving                          | 2504.21801
          every paper that touches on theorem proving in some way              | 2408.08152 2504.21801
          any papers that come up with their own kind of attention?             | 2405.04434 2502.11089 2512.02556
          which papers are medicine related                                     | 2502.17947 2503.23130
          which papers cover ophthalmology or surgery                           | 2502.17947 2503.23130
          which abstracts talk about 'multi-token prediction'?                  | 2412.19437
          any papers on lean theorem proving or on fp8 training?                | 2408.08152 2504.21801 2505.02390 2505.09343
          """)
  void everyPaperNamingTheTopicIsListed(String question, String papers) {
    Answer.PaperList list =
        assertInstanceOf(Answer.PaperList.class, engine.answer(new Question(question, null)));
    assertEquals(
        Set.of(papers.split(" ")),
        list.papers().stream().map(Paper::id).collect(Collectors.toSet()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          any papers here on diffusion models for image generation?
          """)
  void aTopicNoAbstractNamesInItsOwnWordsListsNothing(String question) {
    assertInstanceOf(Answer.NotFound.class, engine.answer(new Question(question, null)));
  }
}
