package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder end to end, on a throw-away module directory. */
class CorpusBuilderTest {

  private static final String FACTS =
      """
      # comment
      arxiv_id\ttitle\tsubmitted\tauthors\tcode
      2401.08281\tThe Faiss library\t2024-01-16\tMatthijs Douze; Alexandr Guzhva; Chengqi Deng\thttps://github.com/facebookresearch/faiss
      2512.24880\tmHC: Manifold-Constrained Hyper-Connections\t2025-12-31\tZhenda Xie; Yixuan Wei; Huanqi Cao\t
      """;
  private static final String FAISS_ABSTRACT =
      "Vector databases typically manage large collections of embedding vectors, and the Faiss"
          + " library is dedicated to vector similarity search.";
  private static final String MHC_RECORD =
      """
      {"id": "2512.24880", "title": "mHC: Manifold-Constrained Hyper-Connections",
       "authors": ["Zhenda Xie", "Yixuan Wei", "Huanqi Cao"], "affiliations": [],
       "published": "2025-12-31", "category": "cs.CL",
       "abstract": "Recently, studies exemplified by Hyper-Connections have extended residuals.",
       "arxivUrl": null, "pdfUrl": null, "codeUrl": null}
      """;

  @TempDir Path module;

  @BeforeEach
  void facts() throws IOException {
    Files.writeString(module.resolve("paper-facts.tsv"), FACTS);
    Files.createDirectories(module.resolve("listings"));
  }

  private void write(String relative, String text) throws IOException {
    Path file = module.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aHandWrittenRecordInPapersJoinsTheListingPapers() throws IOException {
    write(
        "listings/a.txt",
        "The Faiss libraryMatthijs Douze, Alexandr Guzhva et al.\n" + FAISS_ABSTRACT);
    write("papers/mhc.json", MHC_RECORD);
    Corpus corpus = CorpusBuilder.build(module);
    assertEquals(List.of(), corpus.problems());
    assertEquals(
        List.of("2401.08281", "2512.24880"), corpus.papers().stream().map(Paper::id).toList());
    assertEquals("https://arxiv.org/pdf/2512.24880", corpus.papers().get(1).pdfUrl());
  }

  @Test
  void aHandWrittenRecordIsCorrectedByTheFactsToo() throws IOException {
    write("papers/mhc.json", MHC_RECORD.replace("2025-12-31", "2025-12-30"));
    Corpus corpus = CorpusBuilder.build(module);
    assertEquals(
        List.of(new Correction("2512.24880", "published", "2025-12-30", "2025-12-31")),
        corpus.corrections());
  }

  @Test
  void aBrokenJsonRecordIsReportedWithItsFileAndLine() throws IOException {
    write("listings/a.txt", FAISS_ABSTRACT);
    write("papers/broken.json", "{\n  \"id\": \"2512.24880\",\n  oops\n}");
    Corpus corpus = CorpusBuilder.build(module);
    Problem problem = corpus.problems().get(0);
    assertEquals("papers/broken.json", problem.file());
    assertEquals(3, problem.line());
    assertEquals(List.of("2401.08281"), corpus.papers().stream().map(Paper::id).toList());
  }

  @Test
  void aRecordMissingARequiredFieldIsReported() throws IOException {
    write("papers/untitled.json", MHC_RECORD.replace("\"title\":", "\"name\":"));
    Corpus corpus = CorpusBuilder.build(module);
    assertTrue(
        corpus.problems().stream()
            .anyMatch(
                p -> p.file().equals("papers/untitled.json") && p.reason().contains("not a paper")),
        corpus.problems().toString());
  }

  @Test
  void anUnparseableListingEntryCostsOnlyThatEntry() throws IOException {
    write(
        "listings/a.txt",
        "CLJan 99, 2024\nThe Faiss libraryMatthijs Douze et al.\n"
            + FAISS_ABSTRACT
            + "\n\n"
            + FAISS_ABSTRACT);
    Corpus corpus = CorpusBuilder.build(module);
    assertEquals(List.of("2401.08281"), corpus.papers().stream().map(Paper::id).toList());
    assertEquals("listings/a.txt:1", corpus.problems().get(0).toString().substring(0, 16));
  }

  @Test
  void mainWritesTheCorpusAndPrintsCountCorrectionsAndProblems() throws IOException {
    write(
        "listings/a.txt",
        "CLJan 16Code\nThe Faiss libraryMatthijs Douze et al.\n" + FAISS_ABSTRACT);
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CorpusBuilder.main(new String[] {module.toString()});
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.startsWith("Wrote 1 papers to src/main/resources/paperbot/corpus.json"), printed);
    assertTrue(
        printed.contains("2401.08281 published: listing \"Jan 16\" -> facts \"2024-01-16\""),
        printed);
    assertTrue(printed.contains("paper-facts.tsv:4: no listing entry"), printed);
    assertEquals(
        CorpusBuilder.build(module).papers(),
        CorpusJson.read(Files.readString(module.resolve(CorpusJson.PATH_IN_MODULE))));
    assertTrue(
        printed.contains("corpus words to src/main/resources/paperbot/concepts.tsv"), printed);
    assertTrue(
        Files.readString(module.resolve(ConceptBuilder.PATH_IN_MODULE)).contains("\nlibrary\t"),
        "concepts.tsv is written next to corpus.json");
  }
}
