package dev.paperbot.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

  @Test
  void escapesTheThreeCharactersSlackRequires() {
    assertEquals("a &amp; b &lt;!channel&gt;", Mrkdwn.inert("a & b <!channel>"));
  }

  @Test
  void replacesFormattingCharactersWithLookAlikes() {
    assertEquals(
        "\u2217b\u2217 \u02CDi\u02CD \u223Cs\u223C \u02CBc\u02CB", Mrkdwn.inert("*b* _i_ ~s~ `c`"));
  }

  @Test
  void dropsControlCharactersButKeepsNewlinesAndTabs() {
    assertEquals("a\nb\tc", Mrkdwn.inert("a\u0000\n\u0007b\tc\u001b"));
  }

  @Test
  void truncatesWithAnEllipsisWithoutCuttingAnEscape() {
    String text = new Mrkdwn(20).text("&&&&&&&&&&").toString();

    assertEquals("&amp;&amp;&amp;…", text);
  }

  @Test
  void closesTheBoldWhenTruncatingInsideIt() {
    String text = new Mrkdwn(20).bold("abcdefghijklmnopqrstuvwxyz").toString();

    assertEquals("*abcdefghijklmnopq…*", text);
    assertTrue(text.length() <= 20);
  }

  @Test
  void aLinkLabelCannotCloseTheLinkEarly() {
    String text = new Mrkdwn(200).link("https://arxiv.org/abs/1", "a|b>c").toString();

    assertEquals("<https://arxiv.org/abs/1|a¦b&gt;c>", text);
  }
}
