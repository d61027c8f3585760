package dev.paperbot.slack.handle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small decisions the listeners make before the core is asked. */
class SlackHandlersTest {

  @Test
  void theBotsOwnMentionIsRemovedAndOtherMentionsAreKept() {
    assertEquals(
        "who is <@U123> and <@U456|bob>?",
        SlackHandlers.clean("<@UBOT> who is <@U123> and <@U456|bob>? <@UBOT|paperbot>", "UBOT"));
  }

  @Test
  void aMentionTextWithDollarSignsIsKeptAsTyped() {
    assertEquals("<@U1> costs $5 \\o/", SlackHandlers.clean("<@UBOT> <@U1> costs $5 \\o/", "UBOT"));
  }

  @Test
  void nullTextIsEmpty() {
    assertEquals("", SlackHandlers.clean(null, "UBOT"));
  }

  @Test
  void botsItselfAndSubtypesAreIgnoredAndPeopleAreNot() {
    assertTrue(SlackHandlers.ignored("U1", "B1", null, "UBOT"), "another bot");
    assertTrue(SlackHandlers.ignored("UBOT", null, null, "UBOT"), "itself");
    assertTrue(SlackHandlers.ignored("U1", null, "message_changed", "UBOT"), "an edit");
    assertTrue(SlackHandlers.ignored(null, null, null, "UBOT"), "no user");
    assertFalse(SlackHandlers.ignored("U1", null, null, "UBOT"), "a person");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      value = {
        "reply in a channel thread, true, channel, 1.0, 1.5, and when?",
        "reply in a private channel thread, true, group, 1.0, 1.5, and when?",
        "the thread's parent, false, channel, 1.0, 1.0, and when?",
        "not in a thread, false, channel, null, 1.5, hello",
        "mentions the bot (app_mention answers it), false, channel, 1.0, 1.5, <@UBOT> and when?",
        "a direct message, false, im, 1.0, 1.5, and when?",
      })
  void onlyUnmentionedRepliesInChannelThreadsAreFollowUps(
      String why, boolean followUp, String channelType, String threadTs, String ts, String text) {
    assertEquals(
        followUp, SlackHandlers.isThreadFollowUp(channelType, threadTs, ts, text, "UBOT"), why);
  }
}
