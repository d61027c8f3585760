package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperbot.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Origins asked by describing the thing, in words no abstract uses verbatim: the description may
 * spread over two neighbouring sentences of the paper (not over two anywhere in it), a paper the
 * question names breaks a tie with one it does not, a paper named as a tool is not the answer, and
 * reading the mentions must not trip on a sentence whose verb follows a stop word.
 */
class DescribedOriginTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          where does the MCTS variant that uses an intrinsic reward to explore diverse proof paths come from? | 2408.08152
          who built their own custom allreduce to speed up gradient comms on a budget pcie a100 cluster       | 2408.14158
          where did the whole 'skip sft, just do big RL on the base model and reasoning emerges' thing originate | 2501.12948
          which vision-language paper argued u should keep doing llm training from the very start of vl pretraining so the language skills dont get wrecked | 2403.05525
          who had deepseek-v3 break hard theorems into smaller subgoals to bootstrap a prover                 | 2504.21801
          where did the trick of storing the kv cache as one small latent vector come from                    | 2405.04434
          """)
  void theIntroducingPaperAnswers(String question, String paper) {
    assertFirstPaper(Answer.Found.class, question, paper);
  }

  /**
   * Two papers hold the description equally ("compresses the KV cache into latent vectors"): the
   * earlier one that does not say it reuses it introduced it; sharing a word or two is no tie.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          who first shrank the kv cache down into one small latent vector to make inference cheaper      | 2405.04434
          """)
  void aTieOnTheDescriptionGoesToTheEarlierPaper(String question, String paper) {
    assertFirstPaper(Answer.Found.class, question, paper);
  }

  /** "The X paper" is no paper of the set when every paper names X as a baseline or prior work. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          link to the llama2 paper
          arxiv link for the gshard paper
          summarize the gshard paper
          who wrote the gshard paper?
          """)
  void aThingNamedOnlyAsPriorWorkHasNoPaper(String question) {
    assertNotFound(question);
  }

  /**
   * A question may name one paper and describe another ("the eye-doctor study where r1 came out
   * ahead of o1" names R1): asking for the paper, it gets the described one's card; asking a fact
   * of it, the fact.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          whats the title of that eye-doctor exam study where r1 beat o1        | 2502.17947 | title_lookup
          r1's accuracy on the chinese ophthalmology questions?                 | 2502.17947 | fact
          """)
  void aPaperDescribedBesideTheOneItNamesAnswers(String question, String paper, String kind) {
    Answer a = assertFirstPaper(Answer.class, question, paper);
    assertEquals(kind, a.kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Another paper covering the question better is not "described instead" unless it speaks of the
   * named paper there: V3's "2.788M H800 GPU hours" says nothing of V2's.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          deepseek-v2 training took how many gpu hours
          """)
  void aSiblingPaperDoesNotAnswerForTheNamedOne(String question) {
    assertNotFound(question);
  }
}
