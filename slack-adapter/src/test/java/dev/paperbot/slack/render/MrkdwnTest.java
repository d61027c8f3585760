package dev.paperbot.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

  @Test
  void escapesOnlyTheThreeCharactersSlackRequires() {
    assertEquals("a &amp; b &lt;!channel&gt;", Mrkdwn.escape("a & b <!channel>", 100));
  }

  @Test
  void keepsFormattingCharactersAndIdentifiersByteForByte() {
    assertEquals("DQ3_K_M `help` *b* ~s~", Mrkdwn.escape("DQ3_K_M `help` *b* ~s~", 100));
  }

  @Test
  void dropsControlCharactersButKeepsNewlinesAndTabs() {
    assertEquals("a\nb\tc", Mrkdwn.escape("a\u0000\n\u0007b\tc\u001b", 100));
  }

  @Test
  void truncatesWithAnEllipsisWithoutCuttingAnEscape() {
    String text = Mrkdwn.escape("&&&&&&&&&&", 20);

    assertEquals("&amp;&amp;&amp;…", text);
    assertTrue(text.length() <= 20);
  }
}
