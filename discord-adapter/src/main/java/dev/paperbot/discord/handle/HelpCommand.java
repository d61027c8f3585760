package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.discord.render.EmbedRenderer;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /paper help}: the core's help, shown to the asker only. */
final class HelpCommand implements Subcommand {
  static final String NAME = "help";

  private final Answering core;
  private final EmbedRenderer renderer;
  private final Responder responder;

  HelpCommand(Answering core, EmbedRenderer renderer, Responder responder) {
    this.core = core;
    this.renderer = renderer;
    this.responder = responder;
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData(NAME, "What I can answer, with examples");
  }

  @Override
  public void run(SlashCommandInteractionEvent event) {
    responder.reply(event, true, () -> Answers.reply(renderer, core.help(), true));
  }
}
