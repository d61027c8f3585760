package dev.paperbot;

import java.util.Objects;

/**
 * A question as a chat user typed it, with the conversation it belongs to.
 *
 * @param text the raw text: may hold mention tokens, chat noise, markup, anything
 * @param conversation a key naming the conversation (a Slack thread, a Discord reply chain), so
 *     that "and when was it published?" refers to the paper just discussed; {@code null} when the
 *     question stands alone
 */
public record Question(String text, String conversation) {
  public Question {
    text = Objects.requireNonNullElse(text, "");
  }

  /** A question with no conversation context. */
  public static Question of(String text) {
    return new Question(text, null);
  }
}
