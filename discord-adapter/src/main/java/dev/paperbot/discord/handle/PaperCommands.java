package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.Feedback;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's commands ({@code /paper} and the "Ask PaperBot" message command): their definitions,
 * and a router from each interaction to the one small class it belongs to. It holds no logic of its
 * own.
 */
public final class PaperCommands extends ListenerAdapter {
  public static final String NAME = "paper";

  private static final Logger LOG = LoggerFactory.getLogger(PaperCommands.class);

  private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
  private final EmbedRenderer renderer;
  private final AskCommand ask;
  private final ShowCommand show;
  private final MessageCommand askAbout;
  private final PageButtons pages;
  private final VoteButtons votes;
  private final ShareButton share;

  public PaperCommands(
      Answering core,
      EmbedRenderer renderer,
      Replies replies,
      Feedback feedback,
      ConversationKeys conversations,
      Responder responder,
      Executor workers) {
    this.renderer = renderer;
    Suggestions suggestions = new Suggestions(workers);
    this.pages = new PageButtons(core, renderer, conversations, responder);
    this.votes = new VoteButtons(feedback, renderer, responder);
    this.share = new ShareButton(renderer);
    this.ask = new AskCommand(core, renderer, replies, responder, suggestions);
    this.show = new ShowCommand(core, replies, responder, suggestions);
    this.askAbout = new MessageCommand(core, renderer, replies, responder);
    subcommands.put(AskCommand.NAME, ask);
    subcommands.put(ShowCommand.NAME, show);
    subcommands.put(ListCommand.NAME, new ListCommand(core, pages, responder));
    subcommands.put(HelpCommand.NAME, new HelpCommand(core, replies, responder));
  }

  /** What start-up registers with Discord: {@code /paper ask|show|list|help} and "Ask PaperBot". */
  public List<CommandData> definitions() {
    SlashCommandData command = Commands.slash(NAME, "Ask about the research papers");
    subcommands.values().forEach(s -> command.addSubcommands(s.data()));
    List<CommandData> all = new ArrayList<>();
    all.add(command);
    all.add(askAbout.data());
    return all;
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
  public void onMessageContextInteraction(MessageContextInteractionEvent event) {
    if (MessageCommand.NAME.equals(event.getName())) {
      askAbout.run(event);
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (!NAME.equals(event.getName())) {
      return;
    }
    String option = event.getFocusedOption().getName();
    if (ShowCommand.NAME.equals(event.getSubcommandName()) && ShowCommand.PAPER.equals(option)) {
      show.autocomplete(event);
    } else if (AskCommand.NAME.equals(event.getSubcommandName())
        && AskCommand.QUESTION.equals(option)) {
      ask.autocomplete(event);
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    // Each handler claims only its own ids; a forged or stale id is claimed by none, and Discord
    // shows "interaction failed" to the clicker alone.
    boolean handled = pages.onButton(event) || votes.onButton(event) || share.onButton(event);
    if (!handled) {
      LOG.debug("Ignoring button {} on interaction {}", event.getComponentId(), event.getId());
    }
  }
}
