package dev.paperbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A follow-up refers to the paper the same conversation just discussed, until it expires. */
class FollowUpTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final PaperBot bot =
      PaperBot.builder().clock(clock).conversationTtl(Duration.ofMinutes(30)).build();

  @AfterEach
  void close() {
    bot.close();
  }

  @Test
  void whenWasItPublishedRefersToThePreviousPaper() {
    bot.answer(new Question("which paper introduced MLA?", "thread-1"));
    Answer a = bot.answer(new Question("and when was it published?", "thread-1"));
    assertEquals(Answer.Kind.DATE, a.kind());
    assertEquals("2405.04434", a.papers().get(0).id());
    assertTrue(a.text().contains("2024"), a.text());
  }

  @Test
  void whoWroteItRefersToThePreviousPaper() {
    bot.answer(new Question("the faiss paper", "t"));
    Answer a = bot.answer(new Question("who wrote it?", "t"));
    assertEquals(Answer.Kind.AUTHOR, a.kind());
    assertTrue(a.text().contains("Matthijs Douze"), a.text());
  }

  @Test
  void anotherConversationHasNoContext() {
    bot.answer(new Question("which paper introduced MLA?", "thread-1"));
    Answer a = bot.answer(new Question("and when was it published?", "thread-2"));
    assertFalse(a.found(), a.text());
  }

  @Test
  void contextExpires() {
    bot.answer(new Question("which paper introduced MLA?", "thread-1"));
    clock.advance(Duration.ofMinutes(31));
    Answer a = bot.answer(new Question("and when was it published?", "thread-1"));
    assertFalse(a.found(), a.text());
  }

  @Test
  void comparingItWithAnotherPaperUsesTheContext() {
    bot.answer(new Question("tell me about deepseek v3", "c"));
    Answer a = bot.answer(new Question("how does it differ from DeepSeek-V2?", "c"));
    assertEquals(Answer.Kind.COMPARE, a.kind());
    assertEquals(2, a.papers().size());
  }
}
