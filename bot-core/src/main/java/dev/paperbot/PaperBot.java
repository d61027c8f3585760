package dev.paperbot;

import dev.paperbot.corpus.Corpus;
import dev.paperbot.decide.Answerer;
import dev.paperbot.ops.AnswerMetrics;
import dev.paperbot.ops.CorpusWatcher;
import dev.paperbot.ops.Logs;
import dev.paperbot.ops.RuntimeCorpus;
import dev.paperbot.ops.Swap;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of PaperBot's core: ask a question, get a platform-neutral {@link Answer}.
 *
 * <p>Thread-safe: one instance (one Lucene index, one shared searcher) serves every adapter and
 * every conversation. Close it when done to release the index.
 *
 * <pre>{@code
 * try (PaperBot bot = PaperBot.create()) {
 *   Answer a = bot.answer("which paper introduced MLA?");
 * }
 * }</pre>
 */
public final class PaperBot implements Answering, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PaperBot.class);

  /** The engine; replaced whole when the corpus is reloaded, never while an answer uses it. */
  private final Swap<Answerer> engine;

  private final AnswerMetrics metrics;
  private final AutoCloseable watcher;

  private PaperBot(Swap<Answerer> engine, AnswerMetrics metrics, AutoCloseable watcher) {
    this.engine = engine;
    this.metrics = metrics;
    this.watcher = watcher;
  }

  /** A bot over the embedded corpus with an in-memory index. */
  public static PaperBot create() {
    return builder().build();
  }

  /** The environment variable naming an on-disk index directory; in memory when unset. */
  public static final String INDEX_DIR_VARIABLE = "PAPERBOT_INDEX_DIR";

  /**
   * The environment variable naming a corpus file ({@code corpus.json}) or directory (listings,
   * paper JSON files, {@code paper-facts.tsv}) used instead of the embedded corpus and reloaded
   * when it changes.
   */
  public static final String CORPUS_VARIABLE = RuntimeCorpus.VARIABLE;

  /**
   * A bot configured from the environment: {@value #INDEX_DIR_VARIABLE} keeps the index on disk
   * there, reused while the corpus is unchanged.
   */
  public static PaperBot fromEnvironment() {
    return fromEnvironment(System.getenv(), Operations.none());
  }

  /**
   * A bot configured from these environment variables ({@value #INDEX_DIR_VARIABLE}, {@value
   * #CORPUS_VARIABLE}), recording its answers (kind, found, latency) on {@code ops}' meters and
   * reporting the {@code "index"} component ready once it is built.
   *
   * @throws java.io.UncheckedIOException naming the file when the index or the corpus cannot be
   *     read or written
   */
  public static PaperBot fromEnvironment(java.util.Map<String, String> env, Operations ops) {
    Objects.requireNonNull(ops, "ops");
    Logs.install();
    Builder b = builder();
    String dir = env.get(INDEX_DIR_VARIABLE);
    if (dir != null && !dir.isBlank()) {
      b.indexDirectory(Path.of(dir));
    }
    String corpus = env.get(CORPUS_VARIABLE);
    if (corpus != null && !corpus.isBlank()) {
      b.corpus(Path.of(corpus));
    }
    b.operations = ops;
    PaperBot bot = b.build();
    ops.ready("index", true);
    return bot;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Answers a question that stands alone. Never throws on any input text. */
  public Answer answer(String question) {
    return answer(Question.of(question));
  }

  /**
   * Answers a question in its conversation: a follow-up such as "and when was it published?" refers
   * to the papers of the previous answer in the same conversation, until it expires.
   */
  @Override
  public Answer answer(Question question) {
    Objects.requireNonNull(question, "question");
    long start = System.nanoTime();
    return recorded(question, engine.with(a -> a.answer(question)), start);
  }

  /** Every paper of the corpus, newest first. */
  @Override
  public Answer list() {
    long start = System.nanoTime();
    return recorded(null, engine.with(Answerer::list), start);
  }

  /** One paper by arXiv id or title words (typos tolerated), or not found. */
  @Override
  public Answer show(String idOrTitleWords) {
    long start = System.nanoTime();
    String words = Objects.requireNonNullElse(idOrTitleWords, "");
    return recorded(null, engine.with(a -> a.show(words)), start);
  }

  /** What the bot can do. */
  @Override
  public Answer help() {
    return engine.with(Answerer::help);
  }

  private Answer recorded(Question question, Answer answer, long start) {
    metrics.answered(question, answer, System.nanoTime() - start);
    return answer;
  }

  /**
   * Papers for autocomplete: best matches for a partial id or title first, typo-tolerant, at most
   * {@code limit}; the newest papers when {@code partial} is blank.
   */
  @Override
  public List<Paper> suggest(String partial, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return engine.with(a -> a.suggest(Objects.requireNonNullElse(partial, ""), limit));
  }

  @Override
  public List<String> suggestQuestions(String partial, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return engine.with(a -> a.suggestQuestions(Objects.requireNonNullElse(partial, ""), limit));
  }

  @Override
  public boolean inConversation(String conversation) {
    return conversation != null && engine.with(a -> a.inConversation(conversation));
  }

  @Override
  public java.util.Optional<Paper> paperAt(String url) {
    return url == null ? java.util.Optional.empty() : engine.with(a -> a.paperAt(url));
  }

  /** Every paper of the corpus, newest first. */
  public List<Paper> papers() {
    return engine.with(Answerer::papers);
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (Exception e) {
      log.warn("corpus watcher did not stop cleanly: {}", e.toString());
    }
    engine.close();
  }

  private static double paperCount(Swap<Answerer> engine) {
    try {
      return engine.with(a -> a.papers().size());
    } catch (IllegalStateException closed) {
      return Double.NaN;
    }
  }

  /** Options; every one has a default that suits a bot serving one team. */
  public static final class Builder {
    private Path indexDirectory;
    private Path corpus;
    private Duration conversationTtl = Duration.ofMinutes(30);
    private Duration corpusPoll = Duration.ofSeconds(2);
    private Clock clock = Clock.systemUTC();
    private Operations operations = Operations.none();

    private Builder() {}

    /**
     * Keep the index on disk in this directory, reused across starts while the corpus is unchanged.
     * Default: in memory, built at start.
     */
    public Builder indexDirectory(Path directory) {
      this.indexDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Read the papers from this {@code corpus.json} file or directory of listings, paper JSON files
     * and {@code paper-facts.tsv} instead of the embedded corpus, and reload them when they change
     * or on SIGHUP. A reload that fails is logged and the papers already loaded are kept. Default:
     * the corpus embedded in the jar.
     */
    public Builder corpus(Path fileOrDirectory) {
      this.corpus = Objects.requireNonNull(fileOrDirectory, "fileOrDirectory");
      return this;
    }

    /** How often a {@link #corpus(Path) corpus} is checked for changes. Default 2 seconds. */
    public Builder corpusPoll(Duration every) {
      if (every.isNegative() || every.isZero()) {
        throw new IllegalArgumentException("corpusPoll must be positive, was " + every);
      }
      this.corpusPoll = every;
      return this;
    }

    /** How long a conversation remembers the papers last discussed. Default 30 minutes. */
    public Builder conversationTtl(Duration ttl) {
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("conversationTtl must be positive, was " + ttl);
      }
      this.conversationTtl = ttl;
      return this;
    }

    /** The clock for conversation expiry; tests pass a fixed one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public PaperBot build() {
      // Stamped before reading: an edit made while the first load runs is reloaded, not missed.
      String stamp = corpus == null ? null : RuntimeCorpus.stamp(corpus);
      Corpus first = corpus == null ? null : RuntimeCorpus.load(corpus);
      Swap<Answerer> engine =
          new Swap<>(Answerer.open(first, indexDirectory, conversationTtl, clock));
      MeterRegistry meters = operations.meters();
      Gauge.builder("paperbot.corpus.papers", engine, PaperBot::paperCount)
          .description("Papers in the corpus being answered from")
          .register(meters);
      AutoCloseable watcher = () -> {};
      if (corpus != null) {
        Path path = corpus;
        watcher =
            CorpusWatcher.start(
                path,
                stamp,
                () -> {
                  try {
                    Answerer next =
                        Answerer.open(
                            RuntimeCorpus.load(path), indexDirectory, conversationTtl, clock);
                    engine.replace(next);
                    meters.counter("paperbot.corpus.reloads", "result", "ok").increment();
                    log.info("corpus {} reloaded: {} papers", path, next.papers().size());
                  } catch (RuntimeException e) {
                    meters.counter("paperbot.corpus.reloads", "result", "failed").increment();
                    log.error("{}; still answering from the corpus loaded before", e.getMessage());
                  }
                },
                corpusPoll);
      }
      return new PaperBot(engine, new AnswerMetrics(meters), watcher);
    }
  }
}
