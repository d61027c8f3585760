package dev.paperbot.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the corpus from a module directory holding {@code listings/*.txt}, optionally {@code
 * papers/*.json} (hand-written {@link Paper} records, one object or an array per file) and {@code
 * paper-facts.tsv}, and writes {@code src/main/resources/paperbot/corpus.json}; then {@link
 * ConceptBuilder} writes {@code concepts.tsv}, the WordNet concepts of the corpus words, next to
 * it.
 *
 * <p>Run from the repository root: {@code mvn -q -pl index-data compile exec:java}. Unusable
 * entries are printed as problems and left out; everything else is still written, so one bad
 * listing line never blocks the corpus.
 */
public final class CorpusBuilder {

  private CorpusBuilder() {}

  /**
   * Builds the corpus without writing anything.
   *
   * @param moduleDir the {@code index-data} directory
   * @return the papers sorted by id, with the corrections made and the problems met
   * @throws IOException if a source file exists but cannot be read, or the facts file is missing
   */
  public static Corpus build(Path moduleDir) throws IOException {
    return build(
        moduleDir,
        moduleDir.resolve("listings"),
        moduleDir.resolve("papers"),
        moduleDir.resolve(FactsFile.NAME));
  }

  /**
   * Builds a corpus from a directory a deployer keeps outside the repository: the module layout
   * ({@code listings/}, {@code papers/}, {@code paper-facts.tsv}) when it has a {@code listings}
   * folder, otherwise everything side by side ({@code *.txt} listings, {@code *.json} papers and
   * {@code paper-facts.tsv} in the directory itself; a {@code corpus.json} there is output, not
   * input, and is skipped).
   *
   * @param dir the directory
   * @param facts the facts file, or null for {@code paper-facts.tsv} in {@code dir}
   * @throws IOException if a source file exists but cannot be read, or the facts file is missing
   */
  public static Corpus buildDirectory(Path dir, Path facts) throws IOException {
    if (Files.isDirectory(dir.resolve("listings"))) {
      return build(
          dir,
          dir.resolve("listings"),
          dir.resolve("papers"),
          facts != null ? facts : dir.resolve(FactsFile.NAME));
    }
    return build(dir, dir, dir, facts != null ? facts : dir.resolve(FactsFile.NAME));
  }

  /** The text of {@code corpus.json} for these papers, exactly as the build writes it. */
  public static String json(List<Paper> papers) {
    return CorpusJson.write(papers);
  }

  /** Builds from these sources; file names in problems are relative to {@code moduleDir}. */
  private static Corpus build(Path moduleDir, Path listingsDir, Path papersDir, Path factsFile)
      throws IOException {
    List<Problem> problems = new ArrayList<>();
    FactsFile.Result facts = FactsFile.parse(readLines(factsFile));
    problems.addAll(facts.problems());

    Set<String> knownTitles =
        facts.facts().stream().map(f -> Titles.normalize(f.title())).collect(Collectors.toSet());
    ListingParser parser = new ListingParser(knownTitles);
    List<ListingEntry> entries = new ArrayList<>();
    for (Path listing : filesIn(listingsDir, ".txt")) {
      ListingParser.Result result = parser.parse(relative(moduleDir, listing), readLines(listing));
      entries.addAll(result.entries());
      problems.addAll(result.problems());
    }

    List<PaperAssembler.HandWritten> handWritten = new ArrayList<>();
    for (Path file : filesIn(papersDir, ".json")) {
      if (file.getFileName().toString().equals("corpus.json")) {
        continue;
      }
      readHandWritten(relative(moduleDir, file), Files.readString(file), handWritten, problems);
    }

    Corpus assembled = new PaperAssembler(facts.facts()).assemble(entries, handWritten);
    problems.addAll(assembled.problems());
    return new Corpus(assembled.papers(), assembled.corrections(), problems);
  }

  /**
   * Builds the corpus and writes {@code corpus.json} and {@code concepts.tsv} into the module's
   * resources.
   *
   * @param args optionally the {@code index-data} directory; defaults to the current directory
   * @throws IOException if the sources cannot be read or the corpus cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path moduleDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Corpus corpus = build(moduleDir);
    Path target = moduleDir.resolve(CorpusJson.PATH_IN_MODULE);
    Files.createDirectories(target.getParent());
    Files.writeString(target, CorpusJson.write(corpus.papers()), StandardCharsets.UTF_8);
    report(corpus, moduleDir.relativize(target), System.out);
    ConceptBuilder.writeFor(moduleDir, corpus.papers(), System.out);
    Files.writeString(
        moduleDir.resolve(NamesFile.PATH_IN_MODULE),
        NamesFile.write(corpus.papers()),
        StandardCharsets.UTF_8);
    System.out.println("Wrote names typed in capitals to " + NamesFile.PATH_IN_MODULE);
  }

  static void report(Corpus corpus, Path written, PrintStream out) {
    out.println("Wrote " + corpus.papers().size() + " papers to " + written);
    out.println(
        "Corrections (paper-facts.tsv overrules the listing): " + corpus.corrections().size());
    corpus.corrections().forEach(c -> out.println("  " + c));
    out.println("Problems (entries left out or needing attention): " + corpus.problems().size());
    corpus.problems().forEach(p -> out.println("  " + p));
  }

  private static void readHandWritten(
      String file, String json, List<PaperAssembler.HandWritten> into, List<Problem> problems) {
    try {
      JsonNode root = CorpusJson.MAPPER.readTree(json);
      List<JsonNode> nodes = new ArrayList<>();
      if (root != null && root.isArray()) {
        root.forEach(nodes::add);
      } else {
        nodes.add(root);
      }
      for (int i = 0; i < nodes.size(); i++) {
        try {
          into.add(
              new PaperAssembler.HandWritten(
                  file, CorpusJson.MAPPER.treeToValue(nodes.get(i), Paper.class)));
        } catch (JacksonException | IllegalArgumentException e) {
          problems.add(
              new Problem(file, 0, "record " + (i + 1) + " is not a paper: " + message(e)));
        }
      }
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(new Problem(file, Math.max(line, 0), "not valid JSON: " + message(e)));
    }
  }

  private static String message(Exception e) {
    String text = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
    return text == null ? e.getClass().getSimpleName() : text;
  }

  private static List<String> readLines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** The files with the given suffix, sorted so builds do not depend on directory order. */
  private static List<Path> filesIn(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String relative(Path moduleDir, Path file) {
    return moduleDir.relativize(file).toString().replace('\\', '/');
  }
}
