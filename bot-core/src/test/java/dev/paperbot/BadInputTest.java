package dev.paperbot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a chat user pastes, the bot answers with help or "not found", never an exception. */
class BadInputTest {

  private static PaperBot bot;

  @BeforeAll
  static void open() {
    bot = PaperBot.create();
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  static Stream<Arguments> nastyInputs() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("whitespace", " \t \n  "),
        Arguments.of("100 KB of text", "deepseek attention ".repeat(100 * 1024 / 19)),
        Arguments.of("binary", "\u0000\u0001\u0002\u00ff\ufffe\u001b[31m\u0007"),
        Arguments.of("Lucene syntax", "title:* AND ("),
        Arguments.of("unbalanced quotes", "\"which paper introduced \"MLA"),
        Arguments.of("wildcards and boosts", "BERT? mla~2 ^3 [a TO z] {x}"),
        Arguments.of("regex-like", "/.*/ \\ \\\\ $1 $0"),
        Arguments.of("emoji", "\uD83D\uDE80\uD83D\uDD25 which paper?"),
        Arguments.of("right-to-left", "\u0645\u0627 \u0647\u0648 MLA\u061f \u202e"),
        Arguments.of("mentions only", "<@U07ABCDEF> <!channel> @everyone"),
        Arguments.of("markdown", "*bold* _it_ ~~s~~ `code` ```block``` > quote"),
        Arguments.of("lone surrogate", "\uD800 mla"),
        Arguments.of("null character run", "\u0000".repeat(5000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nastyInputs")
  void alwaysReturnsAnAnswer(String name, String input) {
    Answer a = bot.answer(input);
    assertNotNull(a);
    assertNotNull(a.headline());
    assertFalse(a.headline().isBlank());
    // The engine turns an exception into a polite NotFound; that must not be what happened here.
    assertFalse(a.headline().startsWith(FuzzTest.INTERNAL_ERROR), a::toString);
  }

  @Test
  void emptyQuestionGetsHelp() {
    assertInstanceOf(Answer.Help.class, bot.answer("   "));
  }

  @Test
  void luceneSyntaxIsNotParsedAsAQuery() {
    Answer a = bot.answer("title:* AND (");
    assertTrue(a instanceof Answer.NotFound || a instanceof Answer.Help, a.toString());
  }

  @Test
  void mentionInjectionNeverReachesTheAnswerText() {
    Answer a = bot.answer("<!channel> @everyone which paper introduced <@U123> mla?");
    assertFalse(a.text().contains("<!channel>"));
    assertFalse(a.text().contains("@everyone"));
    assertFalse(a.text().contains("<@U123>"));
  }

  @Test
  void nullQuestionTextIsTreatedAsEmpty() {
    assertInstanceOf(Answer.Help.class, bot.answer(new Question(null, null)));
  }
}
