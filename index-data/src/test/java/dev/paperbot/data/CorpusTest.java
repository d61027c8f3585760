package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real corpus, built from the real sources in this module. */
class CorpusTest {

  /** Surefire runs in the module directory. */
  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static final String REGENERATE =
      "run `mvn -q -pl index-data compile exec:java` from the repository root and commit"
          + " index-data/"
          + CorpusJson.PATH_IN_MODULE;

  private static Corpus corpus;
  private static Map<String, Paper> byId;

  @BeforeAll
  static void build() throws IOException {
    corpus = CorpusBuilder.build(MODULE);
    byId = corpus.papers().stream().collect(Collectors.toMap(Paper::id, Function.identity()));
  }

  @Test
  void holdsExactly21DistinctPapers() {
    assertEquals(21, corpus.papers().size());
    assertEquals(21, byId.size(), "ids are distinct");
    assertEquals(
        21,
        new HashSet<>(corpus.papers().stream().map(Paper::abstractText).toList()).size(),
        "abstracts are distinct");
  }

  @Test
  void theSourcesBuildWithoutProblems() {
    assertEquals(List.of(), corpus.problems());
  }

  @Test
  void theFactsCorrectExactlyTheDeepSeekLlmAuthorsAndTheYearlessEngramDate() {
    assertEquals(
        List.of(
            new Correction(
                "2401.02954",
                "authors",
                "DeepSeek-AI; Xiao Bi; Deli Chen",
                "Xiao Bi; Deli Chen; Guanting Chen"),
            new Correction("2601.07372", "published", "Jan 12", "2026-01-12")),
        corpus.corrections());
  }

  @Test
  void everyFieldOfEveryPaperMatchesTheGoldenFile() throws IOException {
    List<Paper> golden = CorpusJson.read(resource("/paperbot/corpus-golden.json"));
    assertEquals(
        golden.stream().map(Paper::id).toList(),
        corpus.papers().stream().map(Paper::id).toList(),
        "paper ids");
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    for (Paper expected : golden) {
      Paper actual = byId.get(expected.id());
      String id = expected.id() + " ";
      checks.add(() -> assertEquals(expected.title(), actual.title(), id + "title"));
      checks.add(() -> assertEquals(expected.authors(), actual.authors(), id + "authors"));
      checks.add(
          () -> assertEquals(expected.affiliations(), actual.affiliations(), id + "affiliations"));
      checks.add(() -> assertEquals(expected.published(), actual.published(), id + "published"));
      checks.add(() -> assertEquals(expected.category(), actual.category(), id + "category"));
      checks.add(
          () -> assertEquals(expected.abstractText(), actual.abstractText(), id + "abstract"));
      checks.add(() -> assertEquals(expected.arxivUrl(), actual.arxivUrl(), id + "arxivUrl"));
      checks.add(() -> assertEquals(expected.pdfUrl(), actual.pdfUrl(), id + "pdfUrl"));
      checks.add(() -> assertEquals(expected.codeUrl(), actual.codeUrl(), id + "codeUrl"));
    }
    assertAll(checks);
  }

  @Test
  void theCommittedCorpusJsonIsWhatTheBuilderGeneratesNow() throws IOException {
    String committed =
        Files.readString(MODULE.resolve(CorpusJson.PATH_IN_MODULE), StandardCharsets.UTF_8);
    assertEquals(
        CorpusJson.write(corpus.papers()),
        committed,
        CorpusJson.PATH_IN_MODULE + " is out of date with the sources; " + REGENERATE);
  }

  @Test
  void theCorpusIsOnTheClasspathWhereBotCoreLooksForIt() throws IOException {
    assertEquals(corpus.papers(), CorpusJson.read(resource(CorpusJson.RESOURCE)));
  }

  @Test
  void eachJsonObjectHasExactlyTheContractFieldsInOrder() throws IOException {
    JsonNode array = CorpusJson.MAPPER.readTree(resource(CorpusJson.RESOURCE));
    List<String> contract =
        List.of(
            "id",
            "title",
            "authors",
            "affiliations",
            "published",
            "category",
            "abstract",
            "arxivUrl",
            "pdfUrl",
            "codeUrl");
    assertEquals(21, array.size());
    for (JsonNode paper : array) {
      List<String> fields = new ArrayList<>();
      paper.fieldNames().forEachRemaining(fields::add);
      assertEquals(contract, fields, paper.get("id").asText());
    }
  }

  @Test
  void thePapersAreSortedById() {
    List<String> ids = corpus.papers().stream().map(Paper::id).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void idTitleDateAuthorsAndCodeComeFromTheFactsRow(Fact fact) {
    Paper paper = byId.get(fact.id());
    assertNotNull(paper, fact.id() + " is in the corpus");
    assertAll(
        () -> assertEquals(fact.title(), paper.title()),
        () -> assertEquals(fact.submitted(), paper.published()),
        () -> assertEquals(fact.authors(), paper.authors()),
        () -> assertEquals(fact.codeUrl(), paper.codeUrl()),
        () -> assertEquals("https://arxiv.org/abs/" + fact.id(), paper.arxivUrl()),
        () -> assertEquals("https://arxiv.org/pdf/" + fact.id(), paper.pdfUrl()));
  }

  static Stream<Fact> facts() throws IOException {
    FactsFile.Result result =
        FactsFile.parse(Files.readAllLines(MODULE.resolve(FactsFile.NAME), StandardCharsets.UTF_8));
    assertEquals(List.of(), result.problems());
    assertEquals(21, result.facts().size());
    return result.facts().stream();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CorpusTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name + " on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
