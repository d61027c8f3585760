package dev.paperbot.discord;

import dev.paperbot.Answer;
import dev.paperbot.Feedback;
import dev.paperbot.Question;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A feedback store in memory with the contract of the real one: one vote per user per ticket,
 * changed never doubled. The JDBC store is tested in its own module; this one lets the adapter's
 * tests see exactly what a click recorded.
 */
public final class InMemoryFeedback implements Feedback {
  /** What a ticket was handed out for. */
  public record Asked(String platform, String userId, Question question, Answer answer) {}

  public final Map<String, Asked> tickets = new ConcurrentHashMap<>();

  /** Ticket -> user -> vote. */
  public final Map<String, Map<String, Vote>> votes = new ConcurrentHashMap<>();

  private final AtomicInteger next = new AtomicInteger();

  @Override
  public String ticket(String platform, String userId, Question question, Answer answer) {
    String ticket = "t" + next.incrementAndGet() + "-" + "x".repeat(20); // 32-ish, like the real
    tickets.put(ticket, new Asked(platform, userId, question, answer));
    return ticket;
  }

  @Override
  public synchronized VoteResult vote(String ticket, String platform, String userId, Vote vote) {
    if (!tickets.containsKey(ticket)) {
      return VoteResult.UNKNOWN_TICKET;
    }
    Vote before = votes.computeIfAbsent(ticket, t -> new ConcurrentHashMap<>()).put(userId, vote);
    if (before == null) {
      return VoteResult.RECORDED;
    }
    return before == vote ? VoteResult.UNCHANGED : VoteResult.CHANGED;
  }

  @Override
  public List<String> recentQuestions(String platform, String userId, int limit) {
    return List.of();
  }

  @Override
  public List<DownVote> downVoted() {
    return List.of();
  }
}
