package dev.paperbot;

import dev.paperbot.decide.Answerer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

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

  private final Answerer answerer;

  private PaperBot(Answerer answerer) {
    this.answerer = answerer;
  }

  /** A bot over the embedded corpus with an in-memory index. */
  public static PaperBot create() {
    return builder().build();
  }

  /** The environment variable naming an on-disk index directory; in memory when unset. */
  public static final String INDEX_DIR_VARIABLE = "PAPERBOT_INDEX_DIR";

  /**
   * A bot configured from the environment: {@value #INDEX_DIR_VARIABLE} keeps the index on disk
   * there, reused while the corpus is unchanged.
   */
  public static PaperBot fromEnvironment() {
    Builder b = builder();
    String dir = System.getenv(INDEX_DIR_VARIABLE);
    if (dir != null && !dir.isBlank()) {
      b.indexDirectory(Path.of(dir));
    }
    return b.build();
  }

  /**
   * A bot configured from these environment variables, recording its answers (kind, found, latency)
   * on {@code ops}' meters.
   */
  public static PaperBot fromEnvironment(java.util.Map<String, String> env, Operations ops) {
    Objects.requireNonNull(ops, "ops");
    Builder b = builder();
    String dir = env.get(INDEX_DIR_VARIABLE);
    if (dir != null && !dir.isBlank()) {
      b.indexDirectory(Path.of(dir));
    }
    return b.build();
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
    return answerer.answer(question);
  }

  /** Every paper of the corpus, newest first. */
  @Override
  public Answer list() {
    return answerer.list();
  }

  /** One paper by arXiv id or title words (typos tolerated), or not found. */
  @Override
  public Answer show(String idOrTitleWords) {
    return answerer.show(Objects.requireNonNullElse(idOrTitleWords, ""));
  }

  /** What the bot can do. */
  @Override
  public Answer help() {
    return answerer.help();
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
    return answerer.suggest(Objects.requireNonNullElse(partial, ""), limit);
  }

  @Override
  public List<String> suggestQuestions(String partial, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return answerer.suggestQuestions(Objects.requireNonNullElse(partial, ""), limit);
  }

  @Override
  public boolean inConversation(String conversation) {
    return conversation != null && answerer.inConversation(conversation);
  }

  @Override
  public java.util.Optional<Paper> paperAt(String url) {
    return url == null ? java.util.Optional.empty() : answerer.paperAt(url);
  }

  /** Every paper of the corpus, newest first. */
  public List<Paper> papers() {
    return answerer.papers();
  }

  @Override
  public void close() {
    answerer.close();
  }

  /** Options; every one has a default that suits a bot serving one team. */
  public static final class Builder {
    private Path indexDirectory;
    private Duration conversationTtl = Duration.ofMinutes(30);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Keep the index on disk in this directory, reused across starts while the corpus is unchanged.
     * Default: in memory, built at start.
     */
    public Builder indexDirectory(Path directory) {
      this.indexDirectory = Objects.requireNonNull(directory, "directory");
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
      return new PaperBot(Answerer.open(indexDirectory, conversationTtl, clock));
    }
  }
}
