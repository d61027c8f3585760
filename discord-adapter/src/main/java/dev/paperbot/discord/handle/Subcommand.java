package dev.paperbot.discord.handle;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** One {@code /paper} subcommand: its definition and what it does. */
interface Subcommand {
  SubcommandData data();

  void run(SlashCommandInteractionEvent event);
}
