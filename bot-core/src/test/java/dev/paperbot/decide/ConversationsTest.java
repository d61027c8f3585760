package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow-up context lives its time to live for every conversation, whoever else is busy. */
class ConversationsTest {

  private static final Duration TTL = Duration.ofMinutes(30);
  private static final Paper PAPER =
      new Paper(
          "2405.04434",
          "DeepSeek-V2",
          List.of("A"),
          List.of(),
          LocalDate.of(2024, 5, 7),
          "cs.CL",
          "Abstract.",
          "https://arxiv.org/abs/2405.04434",
          null,
          null);
  private static final Answer ANSWER =
      new Answer.Found(Answer.Kind.FACT, "h", List.of(), List.of(PAPER), 0.9);

  /** A clock the test moves by hand. */
  private static final class Manual extends Clock {
    Instant now = Instant.parse("2026-12-01T12:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aNewConversationSurvivesManyOthersStartingOnABusyBot() {
    Manual clock = new Manual();
    Conversations c = new Conversations(TTL, clock);
    for (int i = 0; i < 10_000; i++) {
      c.remember("slack:C" + (i % 50) + ":" + i, ANSWER);
    }
    c.remember("slack:CMINE:1", ANSWER);
    for (int i = 0; i < 400; i++) {
      clock.now = clock.now.plusSeconds(2);
      c.remember("slack:C" + (i % 50) + ":x" + i, ANSWER);
    }
    assertTrue(c.get("slack:CMINE:1").isPresent());
  }

  @Test
  void oneChannelFloodingEvictsOnlyItsOwnOldest() {
    Conversations c = new Conversations(TTL, new Manual());
    c.remember("discord:G1:victim", ANSWER);
    for (int i = 0; i < Conversations.PER_SCOPE + 1_000; i++) {
      c.remember("discord:GFLOOD:" + i, ANSWER);
    }
    assertTrue(c.get("discord:G1:victim").isPresent());
    assertFalse(c.get("discord:GFLOOD:0").isPresent());
    assertTrue(c.get("discord:GFLOOD:" + (Conversations.PER_SCOPE + 999)).isPresent());
  }

  @Test
  void contextExpiresAfterItsTimeToLiveAndNotBefore() {
    Manual clock = new Manual();
    Conversations c = new Conversations(TTL, clock);
    c.remember("cli:1", ANSWER);
    clock.now = clock.now.plus(TTL).minusSeconds(1);
    assertTrue(c.get("cli:1").isPresent());
    clock.now = clock.now.plusSeconds(1);
    assertFalse(c.get("cli:1").isPresent());
    assertEquals(0, c.size());
  }

  @Test
  void aNewAnswerRestartsTheClockAndReplacesTheContext() {
    Manual clock = new Manual();
    Conversations c = new Conversations(TTL, clock);
    c.remember("cli:1", ANSWER);
    clock.now = clock.now.plus(Duration.ofMinutes(20));
    c.remember("cli:1", new Answer.PaperList("h", List.of(PAPER, PAPER), List.of(), 0.5));
    clock.now = clock.now.plus(Duration.ofMinutes(20));
    assertEquals(Answer.Kind.LIST, c.get("cli:1").orElseThrow().kind());
    assertEquals(2, c.get("cli:1").orElseThrow().papers().size());
  }

  @Test
  void theScopeIsTheKeyUpToItsLastColon() {
    assertEquals("slack:C1", Conversations.scope("slack:C1:1700.01"));
    assertEquals("solo", Conversations.scope("solo"));
  }
}
