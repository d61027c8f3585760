package dev.paperbot.slack.testing;

import dev.paperbot.Answer;
import dev.paperbot.Feedback;
import dev.paperbot.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A feedback store in memory that keeps the {@link Feedback} contract (one vote per user and
 * ticket, changeable, never counted twice), for adapter tests; the JDBC store is tested in the
 * core.
 */
public final class InMemoryFeedback implements Feedback {

  /** What a ticket was issued for. */
  public record Ticketed(String platform, String userId, Question question, Answer answer) {}

  private final AtomicInteger next = new AtomicInteger();
  private final Map<String, Ticketed> tickets = new ConcurrentHashMap<>();
  private final Map<String, Vote> votes = new ConcurrentHashMap<>();
  private final List<String> asked = new CopyOnWriteArrayList<>();

  @Override
  public String ticket(String platform, String userId, Question question, Answer answer) {
    String ticket = "t" + next.incrementAndGet();
    tickets.put(ticket, new Ticketed(platform, userId, question, answer));
    if (question != null) {
      asked.add(platform + "|" + userId + "|" + question.text());
    }
    return ticket;
  }

  @Override
  public synchronized VoteResult vote(String ticket, String platform, String userId, Vote vote) {
    if (ticket == null || !tickets.containsKey(ticket)) {
      return VoteResult.UNKNOWN_TICKET;
    }
    Vote before = votes.put(ticket + "|" + platform + "|" + userId, vote);
    return before == null
        ? VoteResult.RECORDED
        : before == vote ? VoteResult.UNCHANGED : VoteResult.CHANGED;
  }

  /** Votes per ticket and direction, as a store would count them. */
  public long count(String ticket, Vote vote) {
    return votes.entrySet().stream()
        .filter(e -> e.getKey().startsWith(ticket + "|") && e.getValue() == vote)
        .count();
  }

  public Ticketed ticketed(String ticket) {
    return tickets.get(ticket);
  }

  @Override
  public List<String> recentQuestions(String platform, String userId, int limit) {
    List<String> mine = new ArrayList<>();
    for (int i = asked.size() - 1; i >= 0 && mine.size() < limit; i--) {
      String[] parts = asked.get(i).split("\\|", 3);
      if (parts[0].equals(platform) && parts[1].equals(userId)) {
        mine.add(parts[2]);
      }
    }
    return mine;
  }

  @Override
  public List<DownVote> downVoted() {
    return List.of();
  }
}
