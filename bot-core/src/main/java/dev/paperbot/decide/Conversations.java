package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each conversation discussed last, so that a follow-up ("and when was it published?", "the
 * second one?", "which one is newer?") knows what "it" is.
 *
 * <p>Every entry lives its full time to live, measured from the conversation's last answer, up to
 * {@value #CAPACITY} live conversations in all. A size-based cache that admits by frequency (as
 * Caffeine's does) drops a new, once-used conversation first, which is exactly a new thread; here
 * only expiry removes an entry, except when one scope (a channel: the key up to its last {@code :})
 * holds more than {@value #PER_SCOPE} live conversations, when that scope's own oldest goes. So one
 * sender opening conversations in one channel cannot evict anyone else's; only the global capacity,
 * sized far above what a large workspace keeps live in 30 minutes, is shared.
 */
final class Conversations {

  /** The last answer in a conversation: its kind and every paper it cited, in order. */
  record Context(Answer.Kind kind, List<Paper> papers) {
    Context {
      papers = List.copyOf(papers);
    }
  }

  /** Live conversations in all: about 200 bytes each, so some 40 MB when full. */
  static final int CAPACITY = 200_000;

  /** Live conversations one channel may hold before its own oldest goes. */
  static final int PER_SCOPE = 5_000;

  private record Entry(Context context, Instant expires, String scope) {}

  private final Duration ttl;
  private final Clock clock;
  // Insertion order is expiry order: every put removes the key first, so the head expires first.
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, Deque<String>> byScope = new HashMap<>();

  Conversations(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  synchronized Optional<Context> get(String conversation) {
    if (conversation == null) {
      return Optional.empty();
    }
    expire(clock.instant());
    Entry e = entries.get(conversation);
    return e == null ? Optional.empty() : Optional.of(e.context());
  }

  synchronized void remember(String conversation, Answer answer) {
    if (conversation == null || answer.papers().isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    expire(now);
    Entry old = entries.remove(conversation);
    if (old != null) {
      byScope.get(old.scope()).remove(conversation);
    }
    String scope = scope(conversation);
    Deque<String> inScope = byScope.computeIfAbsent(scope, k -> new ArrayDeque<>());
    if (inScope.size() >= PER_SCOPE) {
      entries.remove(inScope.removeFirst());
    }
    if (entries.size() >= CAPACITY) {
      Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
      Map.Entry<String, Entry> first = oldest.next();
      oldest.remove();
      drop(first.getKey(), first.getValue().scope());
    }
    entries.put(
        conversation, new Entry(new Context(answer.kind(), answer.papers()), now.plus(ttl), scope));
    inScope.addLast(conversation);
  }

  synchronized int size() {
    expire(clock.instant());
    return entries.size();
  }

  private void expire(Instant now) {
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Entry> e = it.next();
      if (e.getValue().expires().isAfter(now)) {
        return;
      }
      it.remove();
      drop(e.getKey(), e.getValue().scope());
    }
  }

  private void drop(String conversation, String scope) {
    Deque<String> inScope = byScope.get(scope);
    if (inScope != null) {
      inScope.remove(conversation);
      if (inScope.isEmpty()) {
        byScope.remove(scope);
      }
    }
  }

  /** "slack:C123:1700.01" belongs to "slack:C123"; a key without a colon is its own scope. */
  static String scope(String conversation) {
    int at = conversation.lastIndexOf(':');
    return at <= 0 ? conversation : conversation.substring(0, at);
  }
}
