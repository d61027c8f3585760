package dev.paperbot;

import java.util.List;
import java.util.Optional;

/**
 * What a chat adapter asks of the core. {@link PaperBot} is the implementation; adapter tests
 * substitute fakes that must not depend on what the engine answers. Implementations are thread-safe
 * and never throw on any question text.
 */
public interface Answering {

  /** Answers a question in its conversation. */
  Answer answer(Question question);

  /** Every paper, newest first. */
  Answer list();

  /** One paper by arXiv id or title words, or not found. */
  Answer show(String idOrTitleWords);

  /** What the bot can do. */
  Answer help();

  /** Papers for autocomplete, best first, at most {@code limit}; none by default. */
  default List<Paper> suggest(String partial, int limit) {
    return List.of();
  }

  /**
   * Completions for a question being typed (paper titles, acronyms and their expansions, example
   * questions), best first, at most {@code limit}; none by default.
   */
  default List<String> suggestQuestions(String partial, int limit) {
    return List.of();
  }

  /**
   * Whether a conversation is live: the bot has answered in it and its context has not expired.
   * Adapters answer un-mentioned thread replies only in live conversations.
   */
  default boolean inConversation(String conversation) {
    return false;
  }

  /** The paper a link points at (an arXiv abstract or PDF URL of a paper in the set), if any. */
  default Optional<Paper> paperAt(String url) {
    return Optional.empty();
  }
}
