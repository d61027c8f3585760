package dev.paperbot.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChatTextTest {
  @Test
  void slackUserMentionGoes() {
    assertEquals("which paper", ChatText.clean("<@U07ABCDEF> which paper"));
  }

  @Test
  void discordNicknameMentionGoes() {
    assertEquals("what's mhc", ChatText.clean("<@!123456789012345678> what's mhc"));
  }

  @Test
  void broadcastMentionsGo() {
    assertEquals("hi", ChatText.clean("<!channel> @everyone @here hi"));
  }

  @Test
  void slackLinkKeepsItsLabel() {
    assertEquals("see click", ChatText.clean("see <https://evil.example|click>"));
  }

  @Test
  void markupGoes() {
    assertEquals("bold code", ChatText.clean("*bold* `code`"));
  }

  @Test
  void underscoresInNamesStay() {
    assertEquals("DQ3_K_M", ChatText.clean("DQ3_K_M"));
  }

  @Test
  void controlCharactersGo() {
    assertEquals("a b", ChatText.clean("a\u0000\u0007b"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", ChatText.clean(null));
  }

  @Test
  void hugeInputIsBounded() {
    assertTrue(ChatText.clean("word ".repeat(50_000)).length() <= ChatText.MAX_CHARS);
  }
}
