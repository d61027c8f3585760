package dev.paperbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.paperbot.Paper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What each conversation discussed last, so a follow-up ("and when was it published?") knows which
 * paper "it" is. Bounded and expiring: a chat bot sees unboundedly many threads.
 */
final class Conversations {

  /** The papers the last answer in a conversation cited. */
  record Context(List<Paper> papers) {}

  private static final int MAX_CONVERSATIONS = 10_000;

  private final Cache<String, Context> contexts;

  Conversations(Duration ttl, Clock clock) {
    this.contexts =
        Caffeine.newBuilder()
            .maximumSize(MAX_CONVERSATIONS)
            .expireAfterWrite(ttl)
            .ticker(clockTicker(clock))
            .build();
  }

  Optional<Context> get(String conversation) {
    return conversation == null
        ? Optional.empty()
        : Optional.ofNullable(contexts.getIfPresent(conversation));
  }

  void remember(String conversation, List<Paper> papers) {
    if (conversation != null && !papers.isEmpty()) {
      contexts.put(conversation, new Context(List.copyOf(papers)));
    }
  }

  private static Ticker clockTicker(Clock clock) {
    if (clock.equals(Clock.systemUTC())) {
      return Ticker.systemTicker();
    }
    return () -> clock.instant().toEpochMilli() * 1_000_000L;
  }
}
