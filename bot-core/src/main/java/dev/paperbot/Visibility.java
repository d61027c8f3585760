package dev.paperbot;

/**
 * Who should see an answer, decided by the core so that both adapters follow one policy.
 *
 * <p>An answer that cites papers is worth showing to the channel; one that only says the set cannot
 * answer, or explains the bot, is for the asker alone (a Slack ephemeral message, a Discord
 * ephemeral reply). Where a platform cannot show a message to one user only (a Discord reply to a
 * message), the adapter posts it as quietly as the platform allows and says so in the README.
 */
public enum Visibility {
  /** Post where the question was asked; other people in the channel benefit. */
  CHANNEL,
  /** Show to the asker only: help, "the set cannot answer", errors. */
  ASKER
}
