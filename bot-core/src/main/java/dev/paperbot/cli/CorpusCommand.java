package dev.paperbot.cli;

import dev.paperbot.data.Corpus;
import dev.paperbot.data.CorpusBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpus build}: turns listings, paper files and facts into {@code corpus.json}. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Work with a corpus kept outside the jar (see PAPERBOT_CORPUS).",
    subcommands = {CorpusCommand.Build.class})
final class CorpusCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "corpus needs a subcommand: build");
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Build corpus.json from a directory, with index-data's rules and without Maven.",
        "DIR holds *.txt listings, *.json paper files and paper-facts.tsv side by side, or the"
            + " index-data layout (listings/, papers/, paper-facts.tsv).",
        "Prints the paper count, every correction the facts made and every problem; a broken"
            + " entry is left out and reported, the rest is still built."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:written", "1:no paper could be built", "2:usage error", "3:I/O error"})
  static final class Build implements Callable<Integer> {
    private final Main.Context context;

    @Parameters(paramLabel = "DIR", description = "The directory of listings and facts.")
    Path dir;

    @Option(
        names = "--facts",
        paramLabel = "FILE",
        description = "The facts file (default: DIR/paper-facts.tsv).")
    Path facts;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Where to write (default: DIR/corpus.json; - for standard output).")
    Path out;

    Build(Main.Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(dir + " is not a directory");
      }
      Corpus corpus = CorpusBuilder.buildDirectory(dir, facts);
      String json = CorpusBuilder.json(corpus.papers());
      // What the bot will read must load: the same check PAPERBOT_CORPUS makes.
      dev.paperbot.corpus.Corpus.fromJson(json.getBytes(StandardCharsets.UTF_8));
      boolean toStdout = out != null && out.toString().equals("-");
      PrintStream report = toStdout ? context.err : context.out;
      Path target = out == null ? dir.resolve("corpus.json") : out;
      if (toStdout) {
        context.out.print(json);
      } else if (!corpus.papers().isEmpty()) {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".corpus", ".json");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        // A running bot polling the file must never read it half-written.
        Files.move(
            tmp,
            target,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      report.println(
          (corpus.papers().isEmpty() ? "No paper built; nothing written to " : "Wrote ")
              + corpus.papers().size()
              + " papers to "
              + (toStdout ? "standard output" : target));
      report.println(
          "Corrections (the facts file overrules the listing): " + corpus.corrections().size());
      corpus.corrections().forEach(c -> report.println("  " + c));
      report.println(
          "Problems (entries left out or needing attention): " + corpus.problems().size());
      corpus.problems().forEach(p -> report.println("  " + p));
      return corpus.papers().isEmpty() ? Main.CANNOT_ANSWER : Main.ANSWERED;
    }
  }
}
