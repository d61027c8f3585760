package dev.paperbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      value = {
        "**bold**                  => \\*\\*bold\\*\\*",
        "_it_ ~~x~~ `c` ||s||      => \\_it\\_ \\~\\~x\\~\\~ \\`c\\` \\|\\|s\\|\\|",
        "<@&123> <@456> <#7>       => \\<@&123\\> \\<@456\\> \\<\\#7\\>",
        "[free](https://evil.example) => \\[free\\]\\(https://evil.example\\)",
        "# heading                 => \\# heading",
        "> quote                   => \\> quote",
        "- item                    => \\- item",
        "a - b + c                 => a - b + c",
        "back\\slash               => back\\\\slash",
        "AT&T 5 < 6                => AT&T 5 \\< 6",
      })
  void escapesMarkdownMentionsAndLinks(String raw, String escaped) {
    assertEquals(escaped, Markdown.escape(raw));
  }

  @Test
  void breaksEveryoneAndHereWithAZeroWidthSpace() {
    assertEquals("@\u200Beveryone and @\u200Bhere", Markdown.escape("@everyone and @here"));
  }

  @Test
  void dropsControlAndDirectionOverrideCharactersKeepingLineBreaks() {
    assertEquals("ab\ncd e", Markdown.escape("a\u0000b\r\nc\u202Ed\u001B\te"));
  }

  @Test
  void replacesUnpairedSurrogatesAndKeepsPairedOnes() {
    assertEquals("x\uFFFDy \uD83D\uDE00", Markdown.escape("x\uD800y \uD83D\uDE00"));
  }

  @Test
  void escapeLineTurnsLineBreaksIntoSpaces() {
    assertEquals("one two three", Markdown.escapeLine("one\ntwo\r\nthree"));
  }

  @Test
  void truncateLeavesShortTextAlone() {
    assertEquals("short", Markdown.truncate("short", 5));
  }

  @Test
  void truncateEndsInAnEllipsisWithinTheLimit() {
    String cut = Markdown.truncate("abcdefghij", 5);
    assertEquals("abcd…", cut);
  }

  @Test
  void truncateNeverSplitsAnEscape() {
    // "ab\*cd": cutting at 3 would leave "ab\" and escape the ellipsis.
    assertEquals("ab…", Markdown.truncate("ab\\*cd", 4));
  }

  @Test
  void truncateNeverSplitsASurrogatePair() {
    String cut = Markdown.truncate("a\uD83D\uDE00bcd", 3);
    assertEquals("a…", cut);
    assertTrue(cut.length() <= 3);
  }
}
