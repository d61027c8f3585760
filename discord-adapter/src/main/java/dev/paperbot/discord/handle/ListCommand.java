package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.PageToken;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /paper list}: the corpus a page at a time, with Previous/Next buttons (see PageButtons).
 */
final class ListCommand implements Subcommand {
  static final String NAME = "list";

  private final Answering core;
  private final PageButtons pages;
  private final Responder responder;

  ListCommand(Answering core, PageButtons pages, Responder responder) {
    this.core = core;
    this.pages = pages;
    this.responder = responder;
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData(NAME, "List the papers, newest first");
  }

  @Override
  public void run(SlashCommandInteractionEvent event) {
    responder.reply(event, false, () -> pages.page(PageToken.list(), core.list(), List.of()));
  }
}
