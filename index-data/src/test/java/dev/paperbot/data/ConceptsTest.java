package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed concepts.tsv, against WordNet and the real corpus. */
class ConceptsTest {

  /** Surefire runs in the module directory. */
  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static ConceptBuilder builder;
  private static List<Paper> papers;
  private static String committed;
  private static SortedMap<String, SortedSet<String>> concepts;

  @BeforeAll
  static void load() throws IOException {
    builder = ConceptBuilder.loadWordNet();
    papers = CorpusBuilder.build(MODULE).papers();
    committed =
        Files.readString(MODULE.resolve(ConceptBuilder.PATH_IN_MODULE), StandardCharsets.UTF_8);
    concepts = ConceptBuilder.read(committed);
  }

  @Test
  void theCommittedConceptsTsvIsWhatTheBuilderGeneratesNow() {
    assertEquals(
        builder.generate(papers),
        committed,
        ConceptBuilder.PATH_IN_MODULE
            + " is out of date with the corpus or the rule; run `mvn -q -pl index-data compile"
            + " exec:java` from the repository root and commit index-data/"
            + ConceptBuilder.PATH_IN_MODULE);
  }

  @Test
  void theCommittedSynonymsTsvIsWhatTheBuilderGeneratesNow() throws IOException {
    assertEquals(
        builder.generateSynonyms(papers),
        Files.readString(
            MODULE.resolve(ConceptBuilder.SYNONYM_PATH_IN_MODULE), StandardCharsets.UTF_8),
        ConceptBuilder.SYNONYM_PATH_IN_MODULE
            + " is out of date; run `mvn -q -pl index-data compile exec:java` from the repository"
            + " root and commit it");
  }

  @Test
  void theCommittedNamesTxtIsWhatTheCorpusTypesInCapitals() throws IOException {
    String names =
        Files.readString(MODULE.resolve(NamesFile.PATH_IN_MODULE), StandardCharsets.UTF_8);
    assertEquals(
        NamesFile.write(papers),
        names,
        NamesFile.PATH_IN_MODULE
            + " is out of date; run `mvn -q -pl index-data compile exec:java`");
    assertTrue(names.contains("\naime\n"), names);
    assertFalse(names.contains("\nmoe\n"), "MoE is not typed in capitals: " + names);
  }

  @ParameterizedTest(name = "{0} may be said {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "additional, extra",
    "ophthalmology, doctor",
    "ophthalmology, eye",
    "segmenting, segmentation"
  })
  void aWordOfFewSensesHasTheWordsOfThoseSenses(String word, String synonym) {
    assertTrue(builder.synonyms(word).contains(synonym), word + " -> " + builder.synonyms(word));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fine", "model", "set", "run"})
  void aWordOfManySensesHasNoSynonyms(String word) {
    assertTrue(builder.synonyms(word).isEmpty(), word + " -> " + builder.synonyms(word));
  }

  @Test
  void theFileIsOnTheClasspathWhereTheBotLooksForIt() throws IOException {
    try (InputStream in = ConceptsTest.class.getResourceAsStream(ConceptBuilder.RESOURCE)) {
      assertNotNull(in, ConceptBuilder.RESOURCE + " on the classpath");
      assertEquals(committed, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"surgery", "surgical", "ophthalmology", "clinical"})
  void medicalWordsOfTheCorpusHaveTheConceptMedical(String word) {
    assertTrue(concepts.containsKey(word), word + " is a corpus word with concepts");
    assertTrue(concepts.get(word).contains("medical"), word + " -> " + concepts.get(word));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"task", "model", "attention", "theorem", "memory", "quantization"})
  void generalResearchWordsDoNotReachMedical(String word) {
    SortedSet<String> of = concepts.getOrDefault(word, new TreeSet<>());
    assertFalse(of.contains("medical"), word + " -> " + of);
  }

  @Test
  void noWordIsItsOwnConceptNoConceptIsAStopWordAndEveryLineIsWellFormed() {
    assertAll(
        concepts.entrySet().stream()
            .map(
                e ->
                    () -> {
                      assertFalse(e.getValue().contains(e.getKey()), e.getKey());
                      assertFalse(
                          e.getValue().stream().anyMatch(ConceptBuilder.STOP_WORDS::contains),
                          e.getKey() + " has a stop word as a concept");
                      assertFalse(e.getValue().isEmpty(), e.getKey());
                      assertTrue(e.getKey().matches("[a-z]{3,}"), e.getKey());
                      e.getValue().forEach(c -> assertTrue(c.matches("[a-z]{3,}"), e.getKey()));
                    }));
  }

  @Test
  void theFileStartsWithACommentSayingHowToRegenerateIt() {
    assertTrue(committed.startsWith("# Generated file"), committed.lines().findFirst().orElse(""));
    assertTrue(committed.contains("mvn -q -pl index-data compile exec:java"));
  }

  @Test
  void corpusWordsAreLowerCaseTitleAndAbstractWordsWithoutStopWords() {
    Paper paper =
        new Paper(
            "2401.00001",
            "Surgical Agents",
            List.of("A"),
            List.of(),
            LocalDate.of(2024, 1, 1),
            null,
            "We test them on ophthalmology, and it is OK.",
            "https://arxiv.org/abs/2401.00001",
            "https://arxiv.org/pdf/2401.00001",
            null);
    assertEquals(
        Set.of("surgical", "agents", "test", "ophthalmology"),
        ConceptBuilder.corpusWords(List.of(paper)));
  }

  @Test
  void theConceptsOfAWordAreDeterministicAndExcludeTheWordItself() {
    SortedSet<String> surgery = builder.concepts("surgery");
    assertEquals(surgery, builder.concepts("surgery"));
    assertFalse(surgery.contains("surgery"));
    assertTrue(surgery.contains("medical"), surgery.toString());
    assertEquals(Set.of(), builder.concepts("xqzvb"));
  }
}
