package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merging listing entries with the facts: duplicates, gaps, and where the facts overrule. */
class PaperAssemblerTest {

  private static final Fact V32 =
      new Fact(
          4,
          "2512.02556",
          "DeepSeek-V3.2: Pushing the Frontier of Open Large Language Models",
          LocalDate.of(2025, 12, 2),
          List.of("DeepSeek-AI", "Aixin Liu", "Aoxue Mei"),
          null);
  private static final Fact LLM =
      new Fact(
          5,
          "2401.02954",
          "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism",
          LocalDate.of(2024, 1, 5),
          List.of("Xiao Bi", "Deli Chen", "Guanting Chen"),
          "https://github.com/deepseek-ai/DeepSeek-LLM");
  private static final Fact SURGEON =
      new Fact(
          6,
          "2503.23130",
          "Can DeepSeek Reason Like a Surgeon? An Empirical Evaluation for Vision-Language"
              + " Understanding in Robotic-Assisted Surgery",
          LocalDate.of(2025, 3, 29),
          List.of("Boyi Ma", "Yanguang Zhao", "Jie Wang"),
          null);
  private static final Fact QUANT =
      new Fact(
          7,
          "2505.02390",
          "Quantitative Analysis of Performance Drop in DeepSeek Model Quantization",
          LocalDate.of(2025, 5, 5),
          List.of("Enbo Zhao", "Yi Shen", "Shuming Shi"),
          "https://github.com/UnicomAI/DeepSeek-Eval");

  private static final String V32_BYLINE =
      "DeepSeek-V3.2: Pushing the Frontier of Open Large Language ModelsDeepSeek-AI, Aixin Liu,"
          + " Aoxue Mei et al.";
  private static final String V32_ABSTRACT =
      "We introduce DeepSeek-V3.2, a model that harmonizes high computational efficiency with"
          + " superior reasoning and agent performance.";
  private static final String LLM_BYLINE =
      "DeepSeek LLM: Scaling Open-Source Language Models with LongtermismDeepSeek-AI, Xiao Bi,"
          + " Deli Chen et al. · microsoft-research, pku";
  private static final String LLM_ABSTRACT =
      "The rapid development of open-source large language models (LLMs) has been truly"
          + " remarkable, and we study scaling laws.";
  private static final String SURGERY_ABSTRACT =
      "We investigate the dialogue capabilities of the DeepSeek model in robotic surgery"
          + " scenarios, evaluating surgical instrument recognition and vision-language"
          + " understanding.";

  private static Corpus assemble(List<Fact> facts, List<List<String>> files) {
    ListingParser parser =
        new ListingParser(
            Set.copyOf(facts.stream().map(f -> Titles.normalize(f.title())).toList()));
    List<ListingEntry> entries =
        files.stream()
            .flatMap(
                lines -> {
                  ListingParser.Result r = parser.parse("listings/" + lines.hashCode(), lines);
                  assertEquals(List.of(), r.problems());
                  return r.entries().stream();
                })
            .toList();
    return new PaperAssembler(facts).assemble(entries, List.of());
  }

  @Test
  void duplicatesWithDifferingHeadersAreOnePaperWithTheSharedCategory() {
    Corpus corpus =
        assemble(
            List.of(V32),
            List.of(
                List.of("CLDec 2, 2025", V32_BYLINE, V32_ABSTRACT),
                List.of("57.0CLDec 2, 2025", V32_BYLINE, V32_ABSTRACT, V32_ABSTRACT)));
    assertEquals(1, corpus.papers().size());
    assertEquals("cs.CL", corpus.papers().get(0).category());
    assertEquals(List.of(), corpus.problems());
    assertEquals(List.of(), corpus.corrections());
  }

  @Test
  void duplicatesThatDisagreeOnTheCategoryAreReported() {
    Corpus corpus =
        assemble(
            List.of(V32),
            List.of(
                List.of("CLDec 2, 2025", V32_BYLINE, V32_ABSTRACT, "SEDec 2, 2025", V32_ABSTRACT)));
    assertEquals("cs.CL", corpus.papers().get(0).category());
    assertTrue(corpus.problems().get(0).reason().contains("listed as cs.SE here but cs.CL"));
  }

  @Test
  void theFactsAuthorsWinOverTheListingsAndTheChangeIsRecorded() {
    Corpus corpus = assemble(List.of(LLM), List.of(List.of(LLM_BYLINE, LLM_ABSTRACT)));
    assertEquals(
        List.of("Xiao Bi", "Deli Chen", "Guanting Chen"), corpus.papers().get(0).authors());
    assertEquals(
        List.of(
            new Correction(
                LLM.id(),
                "authors",
                "DeepSeek-AI; Xiao Bi; Deli Chen",
                "Xiao Bi; Deli Chen; Guanting Chen")),
        corpus.corrections());
  }

  @Test
  void aHeaderWithNoYearTakesTheFactsDateAndTheChangeIsRecorded() {
    Corpus corpus = assemble(List.of(V32), List.of(List.of("CLDec 2", V32_BYLINE, V32_ABSTRACT)));
    assertEquals(LocalDate.of(2025, 12, 2), corpus.papers().get(0).published());
    assertEquals(
        List.of(new Correction(V32.id(), "published", "Dec 2", "2025-12-02")),
        corpus.corrections());
  }

  @Test
  void aWrongListedDateIsCorrectedToTheFactsDate() {
    Corpus corpus =
        assemble(List.of(V32), List.of(List.of("CLDec 3, 2024", V32_BYLINE, V32_ABSTRACT)));
    assertEquals(
        List.of(new Correction(V32.id(), "published", "2024-12-03", "2025-12-02")),
        corpus.corrections());
  }

  @Test
  void aCodeMarkerWithoutAConfirmedRepositoryIsCorrectedToNoCode() {
    Corpus corpus =
        assemble(List.of(V32), List.of(List.of("CLDec 2, 2025Code", V32_BYLINE, V32_ABSTRACT)));
    assertEquals(null, corpus.papers().get(0).codeUrl());
    assertEquals(List.of(new Correction(V32.id(), "codeUrl", "Code", null)), corpus.corrections());
  }

  @Test
  void aSlightlyMisspelledTitleStillFindsItsRowAndIsCorrected() {
    String byline = V32_BYLINE.replace("Pushing the Frontier", "Pushing The Frontiers");
    Corpus corpus = assemble(List.of(V32, LLM), List.of(List.of(byline, V32_ABSTRACT)));
    assertEquals(V32.title(), corpus.papers().get(0).title());
    assertEquals("title", corpus.corrections().get(0).field());
  }

  @Test
  void anAbstractOnlyEntryTakesTheUnclaimedRowItsAbstractIsAbout() {
    Corpus corpus =
        assemble(
            List.of(SURGEON, QUANT, LLM),
            List.of(List.of(LLM_BYLINE, LLM_ABSTRACT, SURGERY_ABSTRACT)));
    Paper surgeon =
        corpus.papers().stream()
            .filter(p -> p.abstractText().equals(SURGERY_ABSTRACT))
            .findFirst()
            .orElseThrow();
    assertEquals(SURGEON.id(), surgeon.id());
    assertEquals(SURGEON.title(), surgeon.title());
    assertEquals(null, surgeon.category());
  }

  @Test
  void anAbstractOnlyEntryCannotTakeARowATitledEntryClaimed() {
    Corpus corpus =
        assemble(List.of(LLM), List.of(List.of(LLM_BYLINE, LLM_ABSTRACT, SURGERY_ABSTRACT)));
    assertEquals(List.of(LLM.id()), corpus.papers().stream().map(Paper::id).toList());
    assertTrue(
        corpus.problems().get(0).reason().startsWith("abstract-only entry matches no paper"));
  }

  @Test
  void twoAbstractOnlyEntriesWantingTheSameRowAreBothReported() {
    Corpus corpus =
        assemble(
            List.of(SURGEON, QUANT),
            List.of(
                List.of(SURGERY_ABSTRACT, SURGERY_ABSTRACT.replace("robotic", "robot-assisted"))));
    assertEquals(
        2,
        corpus.problems().stream()
            .filter(p -> p.reason().contains("all fit " + SURGEON.id()))
            .count());
  }

  @Test
  void aTitledEntryWithNoFactsRowIsReportedWithFileAndLine() {
    Corpus corpus =
        assemble(List.of(LLM), List.of(List.of("CLJan 3, 2024", V32_BYLINE, V32_ABSTRACT)));
    Problem problem = corpus.problems().get(0);
    assertEquals(1, problem.line());
    assertTrue(problem.file().startsWith("listings/"));
    assertTrue(problem.reason().contains("has no row in paper-facts.tsv"), problem.reason());
  }

  @Test
  void aFactsRowNothingDescribesIsReported() {
    Corpus corpus = assemble(List.of(LLM, V32), List.of(List.of(LLM_BYLINE, LLM_ABSTRACT)));
    assertEquals(
        new Problem(
            "paper-facts.tsv",
            4,
            "no listing entry or papers/ record describes "
                + V32.id()
                + " \""
                + V32.title()
                + "\""),
        corpus.problems().get(0));
  }
}
