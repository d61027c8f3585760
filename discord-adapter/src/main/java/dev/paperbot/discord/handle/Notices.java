package dev.paperbot.discord.handle;

/** The adapter's own messages: when the core was not reached, or the input never got to it. */
final class Notices {
  static final String BUSY =
      "I'm answering a lot of questions right now. Please try again in a moment.";
  static final String FAILED = "Something went wrong while answering. Please try again.";
  static final String UNKNOWN_COMMAND = "I don't know that command any more. Try /paper help.";
  static final String NOTHING_TO_SHARE = "There is no answer on that message to share.";
  static final String TOO_LONG =
      "That question is too long for me (at most " + Limits.QUESTION_MAX + " characters).";

  private Notices() {}
}
