package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Splitting the glued title line; no facts titles are given, so the shape alone must do it. */
class BylineTest {

  private static Optional<Byline> split(String line) {
    return Byline.parse(line, Set.of());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // commas in the title
        "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language ModelDeepSeek-AI, Aixin Liu, Bei Feng et al. · pku"
            + " | DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model"
            + " | DeepSeek-AI;Aixin Liu;Bei Feng | pku",
        // camel case inside the title's first word
        "DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts Language ModelsDamai Dai, Chengqi Deng, Chenggang Zhao et al."
            + " | DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts Language Models"
            + " | Damai Dai;Chengqi Deng;Chenggang Zhao | ",
        // title ends in a capitalised word, collective author glued to it, two affiliations
        "DeepSeek-V3 Technical ReportDeepSeek-AI, Aixin Liu, Bei Feng et al. · stanford, tsinghua"
            + " | DeepSeek-V3 Technical Report | DeepSeek-AI;Aixin Liu;Bei Feng | stanford;tsinghua",
        // lower-case title ending, hyphenated affiliation
        "The Faiss libraryMatthijs Douze, Alexandr Guzhva, Chengqi Deng et al. · microsoft-research"
            + " | The Faiss library | Matthijs Douze;Alexandr Guzhva;Chengqi Deng | microsoft-research",
        // lower-case title start, no "et al."
        "mHC: Manifold-Constrained Hyper-ConnectionsZhenda Xie, Yixuan Wei"
            + " | mHC: Manifold-Constrained Hyper-Connections | Zhenda Xie;Yixuan Wei | ",
        // initials and a three-word name in a paper the facts file does not know
        "A Made-Up Study of ProofsZ.Z. Ren, Zheng Tracy Ke, Ludwig van Beethoven et al."
            + " | A Made-Up Study of Proofs | Z.Z. Ren;Zheng Tracy Ke;Ludwig van Beethoven | ",
      })
  void splitsTheTitleFromTheAuthorsAndAffiliations(
      String line, String title, String authors, String affiliations) {
    assertEquals(
        Optional.of(
            new Byline(
                title,
                List.of(authors.split(";")),
                affiliations == null ? List.of() : List.of(affiliations.split(";")))),
        split(line));
  }

  @Test
  void aKnownFactsTitleConfirmsASplitThatShapeAloneGetsWrong() {
    String line = "Report by OpenAIDeepSeek-AI, Bo Li";
    assertEquals("Report by Open", split(line).orElseThrow().title());
    assertEquals(
        "Report by OpenAI",
        Byline.parse(line, Set.of(Titles.normalize("Report by OpenAI"))).orElseThrow().title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A study of thingsmary jones, bob lee et al.",
        "Just A Title Without Any Authors",
        "Glued but not namesFoo: bar, Baz 2 et al.",
      })
  void findsNoSplitWhenNoSuffixReadsAsNames(String line) {
    assertEquals(Optional.empty(), split(line));
  }

  @ParameterizedTest(name = "line {index}")
  @MethodSource("abstracts")
  void noRealAbstractIsMistakenForATitleLine(String abstractLine) {
    assertEquals(Optional.empty(), split(abstractLine));
    assertFalse(Byline.looksLikeByline(abstractLine));
  }

  static Stream<String> abstracts() throws IOException {
    return Files.readAllLines(Path.of("listings/002_b529fe52ca33e42a.txt"), StandardCharsets.UTF_8)
        .stream();
  }
}
