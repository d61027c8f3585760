package dev.paperbot.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.corpus.Corpus;
import dev.paperbot.retrieve.PaperIndex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slot detection on the real corpus: which papers, what thing, which dates. */
class InterpreterTest {

  private static PaperIndex index;
  private static Interpreter interpreter;

  @BeforeAll
  static void open() {
    index = PaperIndex.inMemory(Corpus.embedded());
    Acronyms acronyms = Acronyms.mine(index.passages());
    interpreter = new Interpreter(index, Lexicon.load(), PaperNames.mine(index, acronyms));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> refs(String q) {
    return interpreter.interpret(q).refs().stream().map(r -> r.paper().id()).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "r1 paper|2501.12948",
        "deepseek v3|2412.19437",
        "DeepSeek-V3.2|2512.02556",
        "coder v2|2406.11931",
        "prover v1.5|2408.08152",
        "the faiss paper|2401.08281",
        "DeepSeek LLM|2401.02954",
        "deepseek vl|2403.05525",
        "deepseek-vl2|2412.10302",
        "the NSA paper|2502.11089",
        "Fire-Flyer 2|2408.14158",
        "fireflyer paper pls|2408.14158",
        "the v3 hardware insights paper|2505.09343",
        "the deepseek vl 2 moe vision paper|2412.10302",
        "<https://github.com/deepseek-ai/DeepSeek-Prover-V1.5> which paper goes w/ this|2408.08152",
      })
  void namesAPaper(String question, String id) {
    assertEquals(id, refs(question).get(0), question + " -> " + refs(question));
  }

  @Test
  void aLongerNameWinsOverItsPart() {
    assertEquals(List.of("2406.11931"), refs("summarize the coder v2 paper"));
  }

  @Test
  void twoNamedPapersAreBothFound() {
    assertTrue(
        refs("How does DeepSeek-V3 differ from DeepSeek-V2?")
            .containsAll(List.of("2412.19437", "2405.04434")));
  }

  @Test
  void mentionTokensAndNoiseAreNotPartOfTheThing() {
    assertEquals(
        List.of("mla"),
        interpreter.interpret("<@U07ABCDEF> hey bot which paper introduced mla").thing());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          which papers lean heavily on reinforcement learning?       | reinforc learn
          which papers care about sparse attention                  | spars attent
          every paper that involves theorem proving in some way pls | theorem prove
          papers on the gpu cluster side of things                  | gpu cluster
          """)
  void phrasesThatFrameTheQuestionAreNotTheThing(String question, String thing) {
    assertEquals(List.of(thing.split(" ")), interpreter.interpret(question).thing());
  }

  @Test
  void chatSpellingsAreReadAsTheWordsTheyStandFor() {
    Interpretation q = interpreter.interpret("wat paper has the hw co-design stuff");
    assertTrue(q.normalized().contains("what paper"), q.normalized());
    assertTrue(q.thing().contains(dev.paperbot.retrieve.Terms.termOf("hardware")), q::toString);
  }

  @Test
  void typosAreCorrectedAgainstTheCorpus() {
    Interpretation q = interpreter.interpret("wich paper introdcued multi head latent atention");
    assertTrue(q.has(Signal.ORIGIN), q.normalized());
    assertEquals(List.of("multi", "head", "latent", "attent"), q.thing());
  }

  @Test
  void aYearMayBeWrittenShort() {
    DateRange r = interpreter.interpret("anything from may '25?").dates().orElseThrow();
    assertEquals(LocalDate.of(2025, 5, 1), r.from());
    assertEquals(LocalDate.of(2025, 5, 31), r.to());
  }

  @Test
  void monthAndYear() {
    DateRange r = interpreter.interpret("papers from January 2024").dates().orElseThrow();
    assertEquals(LocalDate.of(2024, 1, 1), r.from());
    assertEquals(LocalDate.of(2024, 1, 31), r.to());
  }

  @Test
  void beforeAYear() {
    DateRange r = interpreter.interpret("papers before 2025").dates().orElseThrow();
    assertEquals(LocalDate.of(2024, 12, 31), r.to());
  }

  @Test
  void aDateFollowedByOnwardsOpensTheSpan() {
    DateRange r = interpreter.interpret("what's from dec 2025 onwards").dates().orElseThrow();
    assertEquals(LocalDate.of(2025, 12, 1), r.from());
    assertEquals(LocalDate.of(2999, 12, 31), r.to());
  }

  @Test
  void aDateFollowedByAndEarlierClosesIt() {
    DateRange r = interpreter.interpret("anything from 2024 and earlier?").dates().orElseThrow();
    assertEquals(LocalDate.of(2024, 12, 31), r.to());
    assertEquals(LocalDate.of(1900, 1, 1), r.from());
  }

  @Test
  void newerThanAMonthStartsAfterIt() {
    DateRange r = interpreter.interpret("anything newer than november 2025?").dates().orElseThrow();
    assertEquals(LocalDate.of(2025, 12, 1), r.from());
  }

  @Test
  void partsOfAYearAreSpans() {
    DateRange half =
        interpreter.interpret("what came out in the second half of 2024?").dates().orElseThrow();
    assertEquals(LocalDate.of(2024, 7, 1), half.from());
    assertEquals(LocalDate.of(2024, 12, 31), half.to());
    DateRange quarter = interpreter.interpret("anything from q1 2025").dates().orElseThrow();
    assertEquals(LocalDate.of(2025, 1, 1), quarter.from());
    assertEquals(LocalDate.of(2025, 3, 31), quarter.to());
  }

  @Test
  void monthsJoinedByADashTakeTheYearBesideThem() {
    DateRange r = interpreter.interpret("papers of 2024 (jul-dec)?").dates().orElseThrow();
    assertEquals(LocalDate.of(2024, 7, 1), r.from());
    assertEquals(LocalDate.of(2024, 12, 31), r.to());
  }

  @Test
  void chineseYearAndMonth() {
    DateRange r = interpreter.interpret("2025年2月的论文").dates().orElseThrow();
    assertEquals(LocalDate.of(2025, 2, 28), r.to());
  }

  @Test
  void authorsAreFoundWithATypo() {
    assertEquals("Xiao Bi", interpreter.interpret("papers by xiao bi").authors().get(0).name());
    assertEquals(
        List.of("Damai Dai"),
        interpreter.interpret("papers by damai dia").authors().stream()
            .map(Authors.Match::name)
            .toList());
  }

  @Test
  void aNameMustStandInOrder() {
    assertTrue(
        refs("Which LLM did DeepSeek underperform in the classification comparison study?").stream()
            .noneMatch("2401.02954"::equals));
  }

  @Test
  void aNameWithoutItsBrandWordStillMatches() {
    assertTrue(refs("deepseek v2 vs coder v2").containsAll(List.of("2405.04434", "2406.11931")));
  }

  @Test
  void aLoneTitleWordNamesAPaperOnlyBeforePaper() {
    assertEquals(List.of("2503.23130"), refs("what did the surgeon paper find"));
    assertTrue(refs("who won the world cup").isEmpty());
  }

  @Test
  void howManyCountsTheLastWordOfItsRun() {
    assertEquals(
        "gpu",
        interpreter
            .interpret("How many H800 GPUs was DeepSeek-V3 trained on?")
            .counted()
            .orElseThrow());
  }

  @Test
  void monthsOrMonthsAreASpan() {
    DateRange r =
        interpreter.interpret("papers published in March or April 2025").dates().orElseThrow();
    assertEquals(LocalDate.of(2025, 3, 1), r.from());
    assertEquals(LocalDate.of(2025, 4, 30), r.to());
  }

  @Test
  void abbreviatedMonthsAreNotTypos() {
    DateRange r = interpreter.interpret("which papers came out in dec 2024").dates().orElseThrow();
    assertEquals(LocalDate.of(2024, 12, 1), r.from());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          which papers are mainly about hardware rather than models          | hardwar
          which papers are more about compute clusters than about a model?   | comput cluster
          outside evals of deepseek instead of deepseek's own papers         | outsid evalu deepseek
          which paper proposed the deepseekmoe architecture, not the ones that just reuse it | deepseekmo architectur
          """)
  void whatATopicIsSetAgainstIsNotAsked(String question, String thing) {
    assertEquals(List.of(thing.split(" ")), interpreter.interpret(question).thing());
  }

  @Test
  void namesTypedWithCapitalsAreNotCorrected() {
    assertEquals(List.of("bert"), interpreter.interpret("which paper introduced BERT?").thing());
  }
}
