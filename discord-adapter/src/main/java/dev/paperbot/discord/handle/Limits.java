package dev.paperbot.discord.handle;

import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** Input limits; Discord enforces the option ones too, these also guard mentions and DMs. */
final class Limits {
  /** Longer than any real question, far shorter than Discord's 4,000-character message. */
  static final int QUESTION_MAX = 1000;

  /** Discord's own: 25 autocomplete choices, names of at most 100 characters. */
  static final int CHOICES_MAX = OptionData.MAX_CHOICES;

  static final int CHOICE_NAME_MAX = OptionData.MAX_CHOICE_NAME_LENGTH;
  static final int CHOICE_VALUE_MAX = OptionData.MAX_CHOICE_VALUE_LENGTH;

  private Limits() {}
}
