package dev.paperbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperbot.Answer;
import dev.paperbot.PaperBot;
import dev.paperbot.corpus.Corpus;
import dev.paperbot.retrieve.Fields;
import dev.paperbot.retrieve.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * {@code bench}: how long a cold process takes to its first answer, and how much a warm {@link
 * PaperBot#answer(String)} costs next to the raw Lucene BM25 search it is built on.
 *
 * <p>A measurement, not a test: it prints figures and judges none of them.
 */
final class Bench {

  private static final String USAGE =
      "usage: paperbot bench"
          + " [--questions FILE] [--rounds N] [--corpus FILE | --synthetic N] [--index-dir DIR]\n"
          + "  --questions FILE  JSONL with a \"question\" field, or plain text one question a line"
          + " (default: the 40 dev questions)\n"
          + "  --rounds N        timed passes over all questions (default: enough for ~20,000 calls)\n"
          + "  --corpus FILE     a corpus.json to answer over instead of the embedded corpus\n"
          + "  --synthetic N     a generated corpus of N papers: the real ones, then papers\n"
          + "                    recombined from their sentences with made-up acronyms\n"
          + "  --index-dir DIR   keep the index on disk there (a second run reuses it)\n";

  /** Enough samples that p99 rests on some 200 calls. */
  private static final int TARGET_SAMPLES = 20_000;

  /**
   * Calls of each kind before timing, so both run fully compiled code: the answer path is many
   * times larger than a Lucene search and reaches the JIT's top tier later (with 2,000 its p50 read
   * 20% higher than after 100,000 calls; the search's did not move).
   */
  private static final int WARMUP_CALLS = 20_000;

  private static final String DEFAULT_QUESTIONS = "bench-questions.txt";

  /**
   * Linux counts a process's start time in USER_HZ ticks, which is 100 on every architecture the
   * JDK runs on.
   */
  private static final int USER_HZ = 100;

  /** Where results go so that the JIT cannot drop a call whose result is unused. */
  @SuppressWarnings("unused")
  private static volatile long sink;

  private Bench() {}

  static int run(String[] args, PrintStream out) {
    // Everything until the first answer counts toward the cold start, so only cheap work comes
    // first: the arguments and the raw lines of the question file. The bot is created next, as a
    // user's `ask` would; parsing the lines waits until it has loaded Jackson for the corpus.
    long entered = System.nanoTime();
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("bench: " + e.getMessage());
      out.print(USAGE);
      return 2;
    }
    if (options.help) {
      out.print(USAGE);
      return 0;
    }
    List<String> lines;
    try {
      lines = options.readLines();
    } catch (IOException e) {
      out.println("bench: cannot read " + options.source() + ": " + e);
      return 2;
    }

    Path corpusFile;
    try {
      corpusFile = options.corpusFile();
    } catch (IOException e) {
      out.println("bench: cannot write the synthetic corpus: " + e);
      return 2;
    }
    long generated = System.nanoTime();
    PaperBot.Builder builder = PaperBot.builder();
    if (corpusFile != null) {
      builder.corpus(corpusFile);
    }
    if (options.indexDir != null) {
      builder.indexDirectory(options.indexDir);
    }
    try (PaperBot bot = builder.build()) {
      long created = System.nanoTime();
      List<String> questions;
      try {
        questions = parseQuestions(lines, options.source());
      } catch (IllegalArgumentException e) {
        out.println("bench: " + e.getMessage());
        return 2;
      }
      long parsed = System.nanoTime();
      Answer first = bot.answer(questions.getFirst());
      long firstAnswered = System.nanoTime();
      sink = first.text().length();
      // Measured after the first answer: the forced collections take seconds on a large heap, and
      // they are the measurement's, not the bot's start-up.
      long heap = liveHeap();

      ProcessStart start = ProcessStart.find();
      printColdStart(out, start, entered, created, parsed, firstAnswered);
      out.printf(
          Locale.ROOT,
          "corpus: %,d papers%s; start-up (PaperBot built) %d ms%s; live heap after start-up %,d MB%n",
          bot.papers().size(),
          corpusFile == null ? " (embedded)" : " from " + corpusFile,
          millis(created - generated),
          options.indexDir == null ? ", index in memory" : ", index in " + options.indexDir,
          heap / (1024 * 1024));

      int rounds =
          options.rounds > 0 ? options.rounds : Math.ceilDiv(TARGET_SAMPLES, questions.size());
      // A large corpus makes each call slow: warm up no longer than the timed rounds run.
      int warmupRounds =
          Math.min(Math.ceilDiv(WARMUP_CALLS, questions.size()), Math.max(1, rounds));
      // The facade does not expose its index, so the baseline gets its own, built from the same
      // corpus with the same analyzer: the same documents and statistics.
      try (RawLucene lucene =
          RawLucene.build(
              corpusFile == null
                  ? Corpus.embedded()
                  : Corpus.fromJson(Files.readAllBytes(corpusFile)))) {
        Call answer = q -> answerCall(bot, q);
        out.printf(
            Locale.ROOT,
            "%nbaseline: raw Lucene BM25 (title + abstract, top 10, stored ids read) on a second"
                + " in-memory index of the same corpus, same analyzer%n");
        out.printf(
            Locale.ROOT,
            "%s: %d questions; warm-up %,d calls of each, then %d timed rounds = %,d calls of"
                + " each, in alternating blocks of one round%n",
            options.source(),
            questions.size(),
            warmupRounds * questions.size(),
            rounds,
            rounds * questions.size());
        measure(questions, warmupRounds, answer, lucene::search);
        long[][] samples = measure(questions, rounds, answer, lucene::search);
        printLatency(out, samples[0], samples[1]);
        out.printf(Locale.ROOT, "%n  slowest questions (median us of answer())%n");
        lastSlowest.forEach(line -> out.println("  " + line));
        out.printf(
            Locale.ROOT,
            "bench: answer p50=%.1fus p99=%.1fus; lucene p50=%.1fus p99=%.1fus;"
                + " ratio p50=%.1fx p99=%.1fx; cold start to first answer=%dms%n",
            micros(percentile(samples[0], 50)),
            micros(percentile(samples[0], 99)),
            micros(percentile(samples[1], 50)),
            micros(percentile(samples[1], 99)),
            ratio(samples[0], samples[1], 50),
            ratio(samples[0], samples[1], 99),
            millis(firstAnswered - start.nanos));
      } catch (IOException e) {
        out.println("bench: cannot build the baseline index: " + e);
        return 3;
      }
      return 0;
    }
  }

  private static long answerCall(PaperBot bot, String question) {
    Answer a = bot.answer(question);
    return a.text().length() + 31L * a.papers().size();
  }

  /** One call whose result feeds the sink. */
  @FunctionalInterface
  private interface Call {
    long call(String question);
  }

  /**
   * Runs {@code rounds} blocks of all questions through each call, alternating which goes first, so
   * that machine noise (the other core's load, GC) falls on both alike. Returns the per-call
   * nanoseconds of {@code a} and {@code b}, sorted.
   */
  private static long[][] measure(List<String> questions, int rounds, Call a, Call b) {
    long[] timesA = new long[rounds * questions.size()];
    long[] timesB = new long[rounds * questions.size()];
    long acc = 0;
    for (int r = 0; r < rounds; r++) {
      int at = r * questions.size();
      if (r % 2 == 0) {
        acc += block(questions, a, timesA, at) + block(questions, b, timesB, at);
      } else {
        acc += block(questions, b, timesB, at) + block(questions, a, timesA, at);
      }
    }
    sink = acc;
    lastSlowest = slowest(questions, timesA);
    Arrays.sort(timesA);
    Arrays.sort(timesB);
    return new long[][] {timesA, timesB};
  }

  /** The questions of the last measurement with the highest median answer time, slowest first. */
  private static List<String> lastSlowest = List.of();

  private static final int SLOWEST_SHOWN = 5;

  /** Per question, the median of its calls; the slowest few, as "median us question" lines. */
  private static List<String> slowest(List<String> questions, long[] inCallOrder) {
    int n = questions.size();
    int rounds = inCallOrder.length / n;
    List<long[]> perQuestion = new ArrayList<>();
    for (int q = 0; q < n; q++) {
      long[] t = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        t[r] = inCallOrder[r * n + q];
      }
      Arrays.sort(t);
      perQuestion.add(new long[] {t[rounds / 2], q});
    }
    perQuestion.sort((a, b) -> Long.compare(b[0], a[0]));
    List<String> out = new ArrayList<>();
    for (long[] e : perQuestion.subList(0, Math.min(SLOWEST_SHOWN, n))) {
      out.add(String.format(Locale.ROOT, "%10.1f  %s", micros(e[0]), questions.get((int) e[1])));
    }
    return out;
  }

  /** One pass over the questions, timing each call into {@code times} from index {@code at}. */
  private static long block(List<String> questions, Call call, long[] times, int at) {
    long acc = 0;
    for (String q : questions) {
      long t0 = System.nanoTime();
      acc += call.call(q);
      times[at++] = System.nanoTime() - t0;
    }
    return acc;
  }

  /**
   * The baseline: what a plain Lucene search costs for the same question: analyze it, OR its terms
   * over title and abstract, BM25 (Lucene's default similarity) top 10, read the hits' stored ids.
   * Its index holds the same papers with the same analyzer, one document per paper.
   */
  private record RawLucene(
      org.apache.lucene.store.Directory directory,
      org.apache.lucene.index.DirectoryReader reader,
      IndexSearcher searcher)
      implements AutoCloseable {

    static RawLucene build(Corpus corpus) throws IOException {
      org.apache.lucene.store.Directory dir = new org.apache.lucene.store.ByteBuffersDirectory();
      try (org.apache.lucene.index.IndexWriter w =
          new org.apache.lucene.index.IndexWriter(
              dir,
              new org.apache.lucene.index.IndexWriterConfig(
                  dev.paperbot.retrieve.PaperAnalyzer.stemmed()))) {
        for (dev.paperbot.Paper p : corpus.papers()) {
          org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
          d.add(
              new org.apache.lucene.document.StringField(
                  Fields.ID, p.id(), org.apache.lucene.document.Field.Store.YES));
          d.add(
              new org.apache.lucene.document.TextField(
                  Fields.TITLE, p.title(), org.apache.lucene.document.Field.Store.NO));
          d.add(
              new org.apache.lucene.document.TextField(
                  Fields.ABSTRACT, p.abstractText(), org.apache.lucene.document.Field.Store.NO));
          w.addDocument(d);
        }
      }
      org.apache.lucene.index.DirectoryReader reader =
          org.apache.lucene.index.DirectoryReader.open(dir);
      return new RawLucene(dir, reader, new IndexSearcher(reader));
    }

    long search(String question) {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String t : new LinkedHashSet<>(Terms.terms(question))) {
        q.add(new TermQuery(new Term(Fields.TITLE, t)), BooleanClause.Occur.SHOULD);
        q.add(new TermQuery(new Term(Fields.ABSTRACT, t)), BooleanClause.Occur.SHOULD);
      }
      try {
        TopDocs top = searcher.search(q.build(), 10);
        StoredFields stored = searcher.storedFields();
        long h = 0;
        for (ScoreDoc sd : top.scoreDocs) {
          h = 31 * h + stored.document(sd.doc).get(Fields.ID).hashCode();
        }
        return h;
      } catch (IOException e) {
        throw new UncheckedIOException("baseline search failed for: " + question, e);
      }
    }

    @Override
    public void close() throws IOException {
      reader.close();
      directory.close();
    }
  }

  /** Heap still in use after a collection: what the bot keeps. */
  private static long liveHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void printColdStart(
      PrintStream out, ProcessStart start, long entered, long created, long parsed, long answered) {
    out.println("cold start (this process, first call of everything):");
    row(
        out,
        "process start -> bench entered",
        entered - start.nanos,
        "JVM boot, CLI class loading");
    row(out, "PaperBot.create()", created - entered, "corpus, in-memory index");
    row(out, "questions parsed", parsed - created, "");
    row(out, "first answer()", answered - parsed, "");
    row(out, "process start -> first answer", answered - start.nanos, start.source);
  }

  private static void row(PrintStream out, String what, long nanos, String note) {
    out.printf(
        Locale.ROOT, "  %-32s %7d ms%s%n", what, millis(nanos), note.isEmpty() ? "" : "   " + note);
  }

  private static void printLatency(PrintStream out, long[] answer, long[] lucene) {
    out.printf(
        Locale.ROOT,
        "%n  %-22s %10s %10s %10s %10s%n",
        "per call (us)",
        "p50",
        "p90",
        "p99",
        "max");
    latencyRow(out, "PaperBot.answer()", answer);
    latencyRow(out, "raw Lucene search", lucene);
    out.printf(
        Locale.ROOT,
        "  %-22s %9.1fx %9.1fx %9.1fx %9.1fx%n",
        "ratio answer/lucene",
        ratio(answer, lucene, 50),
        ratio(answer, lucene, 90),
        ratio(answer, lucene, 99),
        ratio(answer, lucene, 100));
  }

  private static void latencyRow(PrintStream out, String what, long[] sorted) {
    out.printf(
        Locale.ROOT,
        "  %-22s %10.1f %10.1f %10.1f %10.1f%n",
        what,
        micros(percentile(sorted, 50)),
        micros(percentile(sorted, 90)),
        micros(percentile(sorted, 99)),
        micros(percentile(sorted, 100)));
  }

  /** Nearest-rank percentile of sorted samples; 100 is the maximum. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
  }

  private static double ratio(long[] a, long[] b, double p) {
    return (double) percentile(a, p) / Math.max(1, percentile(b, p));
  }

  private static double micros(long nanos) {
    return nanos / 1_000.0;
  }

  private static long millis(long nanos) {
    return Math.round(nanos / 1_000_000.0);
  }

  /** Questions from JSONL lines (their "question" field) or plain lines; blank lines skipped. */
  static List<String> parseQuestions(List<String> lines, String source) {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("{")) {
        out.add(line);
        continue;
      }
      try {
        JsonNode q = json.readTree(line).path("question");
        if (!q.isTextual()) {
          throw new IllegalArgumentException(
              source + " line " + (i + 1) + ": no \"question\" string in " + line);
        }
        out.add(q.asText());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            source + " line " + (i + 1) + ": malformed JSON: " + e.getOriginalMessage(), e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(source + " holds no questions");
    }
    return out;
  }

  /** The command's arguments. */
  private record Options(
      Path questions, int rounds, boolean help, Path corpus, int synthetic, Path indexDir) {
    static Options parse(String[] args) {
      Path questions = null;
      int rounds = 0;
      Path corpus = null;
      int synthetic = 0;
      Path indexDir = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-h", "--help" -> {
            return new Options(null, 0, true, null, 0, null);
          }
          case "--questions" -> questions = Path.of(value(args, i++));
          case "--corpus" -> corpus = Path.of(value(args, i++));
          case "--index-dir" -> indexDir = Path.of(value(args, i++));
          case "--synthetic" -> {
            String v = value(args, i++);
            try {
              synthetic = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--synthetic wants a whole number, got " + v, e);
            }
            if (synthetic < 1) {
              throw new IllegalArgumentException("--synthetic must be at least 1, was " + v);
            }
          }
          case "--rounds" -> {
            String v = value(args, i++);
            try {
              rounds = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--rounds wants a whole number, got " + v, e);
            }
            if (rounds < 1) {
              throw new IllegalArgumentException("--rounds must be at least 1, was " + rounds);
            }
          }
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (corpus != null && synthetic > 0) {
        throw new IllegalArgumentException("--corpus and --synthetic exclude each other");
      }
      return new Options(questions, rounds, false, corpus, synthetic, indexDir);
    }

    /** The corpus file to answer over, generated first for --synthetic; null for the embedded. */
    Path corpusFile() throws IOException {
      if (synthetic > 0) {
        Path file = Files.createTempFile("paperbot-synthetic-" + synthetic + "-", ".json");
        file.toFile().deleteOnExit();
        SyntheticCorpus.write(Corpus.embedded(), synthetic, 20261201L, file);
        return file;
      }
      return corpus;
    }

    private static String value(String[] args, int i) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " wants a value");
      }
      return args[i + 1];
    }

    String source() {
      return questions == null ? "the built-in dev questions" : questions.toString();
    }

    List<String> readLines() throws IOException {
      if (questions != null) {
        return Files.readAllLines(questions, StandardCharsets.UTF_8);
      }
      try (InputStream in = Bench.class.getResourceAsStream(DEFAULT_QUESTIONS)) {
        if (in == null) {
          throw new IllegalStateException(
              "resource " + DEFAULT_QUESTIONS + " is missing from the jar next to Bench.class");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
    }
  }

  /** When this process started, on the {@link System#nanoTime()} clock, and how that was found. */
  private record ProcessStart(long nanos, String source) {

    /**
     * {@code ProcessHandle.info().startInstant()} is not used: on Linux the JDK adds the process's
     * start ticks to /proc/stat's btime, which is whole seconds, so the instant is early by up to a
     * second (about 0.2 s early on the machine this was written on). /proc/self/stat's start ticks
     * and /proc/uptime count from the same boot clock, so their difference is the process's age
     * with no such offset, to within their 10 ms resolution. Elsewhere, the JVM's own start time,
     * which misses the JVM's boot before it records it.
     */
    static ProcessStart find() {
      long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
      long jvmStartNanos = System.nanoTime() - (System.currentTimeMillis() - jvmStart) * 1_000_000;
      String why;
      try {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // Fields after the parenthesised command name start at field 3; starttime is field 22.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long startTicks = Long.parseLong(fields[22 - 3]);
        String uptime = Files.readString(Path.of("/proc/uptime"));
        long now = System.nanoTime();
        double ageSeconds =
            Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')))
                - (double) startTicks / USER_HZ;
        long nanos = now - Math.round(ageSeconds * 1e9);
        // The process must have started before the JVM recorded its own start, and not long
        // before: otherwise the tick rate is not what this assumes.
        long lead = jvmStartNanos - nanos;
        if (lead >= -20_000_000L && lead <= 60_000_000_000L) {
          return new ProcessStart(nanos, "process start from /proc, +-10 ms");
        }
        why = "/proc start time inconsistent with the JVM's by " + millis(lead) + " ms";
      } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
        why = "/proc unavailable (" + e + ")";
      }
      return new ProcessStart(
          jvmStartNanos, "JVM start per RuntimeMXBean, misses JVM boot before it; " + why);
    }
  }
}
