package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import dev.paperbot.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

  @Test
  void aNewConversationSurvivesManyOthersStartingOnABusyBot() {
    ManualClock clock = new ManualClock(Instant.parse("2026-12-01T12:00:00Z"));
    Conversations c = new Conversations(TTL, clock);
    for (int i = 0; i < 10_000; i++) {
      c.remember("slack:C" + (i % 50) + ":" + i, ANSWER);
    }
    c.remember("slack:CMINE:1", ANSWER);
    for (int i = 0; i < 400; i++) {
      clock.advance(Duration.ofSeconds(2));
      c.remember("slack:C" + (i % 50) + ":x" + i, ANSWER);
    }
    assertTrue(c.get("slack:CMINE:1").isPresent());
  }

  @Test
  void oneChannelFloodingEvictsOnlyItsOwnOldest() {
    Conversations c =
        new Conversations(TTL, new ManualClock(Instant.parse("2026-12-01T12:00:00Z")));
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
    ManualClock clock = new ManualClock(Instant.parse("2026-12-01T12:00:00Z"));
    Conversations c = new Conversations(TTL, clock);
    c.remember("cli:1", ANSWER);
    clock.advance(TTL.minusSeconds(1));
    assertTrue(c.get("cli:1").isPresent());
    clock.advance(Duration.ofSeconds(1));
    assertFalse(c.get("cli:1").isPresent());
    assertEquals(0, c.size());
  }

  @Test
  void aNewAnswerRestartsTheClockAndReplacesTheContext() {
    ManualClock clock = new ManualClock(Instant.parse("2026-12-01T12:00:00Z"));
    Conversations c = new Conversations(TTL, clock);
    c.remember("cli:1", ANSWER);
    clock.advance(Duration.ofMinutes(20));
    c.remember("cli:1", new Answer.PaperList("h", List.of(PAPER, PAPER), List.of(), 0.5));
    clock.advance(Duration.ofMinutes(20));
    assertEquals(Answer.Kind.LIST, c.get("cli:1").orElseThrow().kind());
    assertEquals(2, c.get("cli:1").orElseThrow().papers().size());
  }

  @Test
  void theScopeIsTheKeyUpToItsLastColon() {
    assertEquals("slack:C1", Conversations.scope("slack:C1:1700.01"));
    assertEquals("solo", Conversations.scope("solo"));
  }
}
