package dev.paperbot.slack.handle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
