package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /paper} command: its definition, and a router from each interaction to the one
 * subcommand it belongs to. It holds no logic of its own.
 */
public final class PaperCommands extends ListenerAdapter {
  public static final String NAME = "paper";

  private static final Logger LOG = LoggerFactory.getLogger(PaperCommands.class);

  private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
  private final EmbedRenderer renderer;
  private final ShowCommand show;
  private final ListCommand list;

  public PaperCommands(
      Answering core, EmbedRenderer renderer, Responder responder, Executor workers) {
    this.renderer = renderer;
    this.show = new ShowCommand(core, renderer, responder, workers);
    this.list = new ListCommand(core, renderer, responder);
    subcommands.put(AskCommand.NAME, new AskCommand(core, renderer, responder));
    subcommands.put(ShowCommand.NAME, show);
    subcommands.put(ListCommand.NAME, list);
    subcommands.put(HelpCommand.NAME, new HelpCommand(core, renderer, responder));
  }

  /** What start-up registers with Discord: {@code /paper ask|show|list|help}. */
  public SlashCommandData definition() {
    SlashCommandData command = Commands.slash(NAME, "Ask about the research papers");
    subcommands.values().forEach(s -> command.addSubcommands(s.data()));
    return command;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!NAME.equals(event.getName())) {
      return;
    }
    Subcommand subcommand = subcommands.get(event.getSubcommandName());
    if (subcommand != null) {
      subcommand.run(event);
    } else {
      // A stale registration (e.g. a removed subcommand): say so rather than "interaction failed".
      event
          .reply(Reply.of(renderer.notice(Notices.UNKNOWN_COMMAND), true).toCreateData())
          .setEphemeral(true)
          .queue(
              ok -> {},
              error ->
                  LOG.warn("Discord rejected the reply to interaction {}", event.getId(), error));
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (NAME.equals(event.getName())
        && ShowCommand.NAME.equals(event.getSubcommandName())
        && ShowCommand.PAPER.equals(event.getFocusedOption().getName())) {
      show.autocomplete(event);
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    if (event.getComponentId().startsWith(ListCommand.BUTTON_PREFIX)) {
      list.onButton(event);
    }
  }
}
