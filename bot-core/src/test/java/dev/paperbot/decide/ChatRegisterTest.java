package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How chat asks around the question: a remark after it, how to answer ("like i'm five"), a name in
 * brackets after a description, a told lookup, chat words for paper English. None of it may turn an
 * answerable question into a refusal, and a remark that narrows the question still counts.
 */
class ChatRegisterTest extends EmbeddedEngineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what's NSA, quickly? my manager keeps bringing it up         | 2502.11089
          explain mHC in simple terms please                           | 2512.24880
          what is DSA, like i'm five                                   | 2512.02556
          what is engram? asking for a friend on the infra team        | 2601.07372
          """)
  void howToAnswerAndRemarksAreNotTheThing(String question, String paper) {
    assertFirstPaper(Answer.Found.class, question, paper);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what did prover 1.5 score on minif2f? not v2                 | 2408.08152
          """)
  void aRemarkThatNarrowsStays(String question, String paper) {
    assertFirstPaper(Answer.Found.class, question, paper);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          every paper with the compressed-cache attention (MLA)        | 2412.10302
          list the papers that use the cache-squeezing attention (MLA) | 2405.04434
          """)
  void aNameInBracketsIsWhatTheGlossAsks(String question, String paper) {
    Answer a = engine.answer(new dev.paperbot.Question(question, null));
    Answer.PaperList list =
        org.junit.jupiter.api.Assertions.assertInstanceOf(Answer.PaperList.class, a, a::text);
    assertTrue(list.papers().stream().anyMatch(p -> p.id().equals(paper)), list::text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          in the deepseek vs other llms study which model beat deepseek | 2502.03688 | Claude
          what sizes do the distilled R1 models come in?                | 2501.12948 | 70B
          which datasets were used in the robotic surgery evaluation    | 2503.23130 | EndoVis18
          which gpus does the fire-flyer paper use?                     | 2408.14158 | A100
          how fast is NSA?                                              | 2502.11089 | speedups
          what did engram score on needle in haystack tests             | 2601.07372 | 97.0
          """)
  void chatWordsAndAmountWordsFindTheSentence(String question, String paper, String says) {
    Answer a = assertFirstPaper(Answer.Found.class, question, paper);
    assertTrue(a.text().contains(says), a::text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          find the 'cheap and efficient MoE' paper, i think it's v2     | 2405.04434
          """)
  void aToldLookupFetchesThePaper(String question, String paper) {
    Answer a = assertFirstPaper(Answer.class, question, paper);
    assertTrue(a.found(), a::text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          when did the original hyper-connections paper come out?
          V3 在 HellaSwag 上多少分？
          how many dollars did deepseek burn training v3?
          """)
  void anOriginalTheSetOnlyCitesOrAnAmountOfAnUnnamedBenchmarkIsNotFound(String question) {
    assertNotFound(question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          was NSA a 2024 paper?                                        | 2502.11089 | 2025
          the mHC one, is that from this year or 2024?                 | 2512.24880 | 2025
          """)
  void aSpanAskedOfOnePaperAsksWhen(String question, String paper, String year) {
    Answer a = assertFirstPaper(Answer.Found.class, question, paper);
    assertTrue(a.text().contains(year), a::text);
  }
}
