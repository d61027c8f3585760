package dev.paperbot;

import java.time.Instant;
import java.util.List;

/**
 * Votes on answers, kept so the team can review what the bot got wrong. Adapters put a ticket from
 * {@link #ticket} on an answer's 👍/👎 buttons and pass the click back to {@link #vote}; the core
 * keeps the question, the answer's kind and cited papers, the platform and a hash of the user id
 * (never the raw id).
 *
 * <p>Implementations are thread-safe and never throw on bad input (an unknown or malformed ticket
 * is {@link VoteResult#UNKNOWN_TICKET}); a storage failure is reported as {@link
 * VoteResult#NOT_RECORDED} and logged by the implementation.
 */
public interface Feedback extends AutoCloseable {

  /** A thumb up or down. */
  enum Vote {
    UP,
    DOWN
  }

  /** What became of a click. */
  enum VoteResult {
    /** First vote of this user on this answer. */
    RECORDED,
    /** The user had voted the other way; the vote now counts as the new one (never twice). */
    CHANGED,
    /** The same vote again: nothing changed. */
    UNCHANGED,
    /** The ticket names no answer this store knows. */
    UNKNOWN_TICKET,
    /** The store could not write (logged); the user is told to try again. */
    NOT_RECORDED
  }

  /** A down-voted answer, ready to become an eval question. */
  record DownVote(
      String question,
      String kind,
      List<String> paperIds,
      String answerText,
      String platform,
      int downVotes,
      Instant lastVoted) {
    public DownVote {
      paperIds = List.copyOf(paperIds);
    }
  }

  /**
   * Remembers an answer about to be shown with vote buttons and returns its ticket: at most 32
   * characters of {@code [A-Za-z0-9_-]}, so it fits a Slack button value and a Discord custom id
   * with room for a prefix.
   *
   * @param platform {@code "slack"}, {@code "discord"} or {@code "cli"}
   * @param userId the asker's platform user id, hashed before it is stored
   */
  String ticket(String platform, String userId, Question question, Answer answer);

  /** Records or changes one user's vote on a ticket; a user's votes on one answer count once. */
  VoteResult vote(String ticket, String platform, String userId, Vote vote);

  /** The latest questions a user asked on a platform, newest first, at most {@code limit}. */
  List<String> recentQuestions(String platform, String userId, int limit);

  /** Answers with at least one down-vote, most recently voted first. */
  List<DownVote> downVoted();

  /**
   * The store the environment configures: PostgreSQL when {@code PAPERBOT_DATABASE_URL} is set,
   * otherwise SQLite in {@code feedback.db} under {@code PAPERBOT_DATA_DIR} (default {@code
   * ~/.paperbot}). User ids are hashed with SHA-256 and a per-installation salt ({@code
   * PAPERBOT_FEEDBACK_SALT}, else a random one kept in the data directory). Counts go to {@code
   * ops}' meters.
   *
   * @throws IllegalArgumentException naming the variable when it is malformed
   * @throws java.io.UncheckedIOException when the data directory or the database cannot be used
   */
  static Feedback fromEnvironment(java.util.Map<String, String> env, Operations ops) {
    return dev.paperbot.ops.JdbcFeedback.fromEnvironment(env, ops);
  }

  /** Releases the store's connections; a store that holds none does nothing. Idempotent. */
  @Override
  default void close() {}

  /** Keeps nothing: tickets are empty, votes are {@link VoteResult#NOT_RECORDED}. */
  static Feedback none() {
    return new Feedback() {
      @Override
      public String ticket(String platform, String userId, Question question, Answer answer) {
        return "";
      }

      @Override
      public VoteResult vote(String ticket, String platform, String userId, Vote vote) {
        return VoteResult.NOT_RECORDED;
      }

      @Override
      public List<String> recentQuestions(String platform, String userId, int limit) {
        return List.of();
      }

      @Override
      public List<DownVote> downVoted() {
        return List.of();
      }
    };
  }
}
