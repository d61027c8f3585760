package dev.paperbot;

import java.util.List;

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
}
