package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /paper help}: the core's help, shown as the core's visibility says (the asker only). */
final class HelpCommand implements Subcommand {
  static final String NAME = "help";

  private final Answering core;
  private final Replies replies;
  private final Responder responder;

  HelpCommand(Answering core, Replies replies, Responder responder) {
    this.core = core;
    this.replies = replies;
    this.responder = responder;
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData(NAME, "What I can answer, with examples");
  }

  @Override
  public void run(SlashCommandInteractionEvent event) {
    responder.reply(event, true, () -> replies.toCommand(core.help()));
  }
}
