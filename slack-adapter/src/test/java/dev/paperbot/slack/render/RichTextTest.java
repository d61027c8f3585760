package dev.paperbot.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void untrustedTextIsKeptAsTyped() {
    RichText text = new RichText().text("DQ3_K_M `help` <!channel> *x* & <@U1>");

    assertEquals(
        "DQ3_K_M `help` <!channel> *x* & <@U1>",
        ((RichText.StyledText) text.elements().getFirst()).text());
  }

  @Test
  void aLoneSurrogateBecomesAReplacementCharacterAndPairsStay() {
    assertEquals("a\uFFFDb😀", RichText.clean("a\uD83Db😀"));
  }

  @Test
  void cuttingKeepsAnEmojiWithItsModifierWhole() {
    String thumbs = "👍🏽";

    assertEquals("ab…", RichText.cut("ab" + thumbs + "cd", 3));
    assertEquals("ab" + thumbs + "…", RichText.cut("ab" + thumbs + "cd", 6));
  }

  @Test
  void theBudgetEndsTheTextWithAnEllipsis() {
    RichText text = new RichText(20).text("abcdefghijklmnopqrstuvwxyz").text("more");

    assertEquals(1, text.elements().size());
    assertEquals("abcdefghijklmnopqrs…", ((RichText.StyledText) text.elements().getFirst()).text());
  }
}
