package dev.paperbot.discord.handle;

import dev.paperbot.Answer;
import dev.paperbot.Answering;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /paper list}: the corpus a page at a time, with Previous/Next buttons. The page a button
 * leads to is in its id ({@code paper-list:next:3}), so paging needs no state and survives
 * restarts.
 */
final class ListCommand implements Subcommand {
  static final String NAME = "list";
  static final String BUTTON_PREFIX = "paper-list:";
  private static final Pattern BUTTON_ID = Pattern.compile("paper-list:(prev|next):(\\d{1,6})");

  private final Answering core;
  private final EmbedRenderer renderer;
  private final Responder responder;

  ListCommand(Answering core, EmbedRenderer renderer, Responder responder) {
    this.core = core;
    this.renderer = renderer;
    this.responder = responder;
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData(NAME, "List the papers, newest first");
  }

  @Override
  public void run(SlashCommandInteractionEvent event) {
    responder.reply(event, false, () -> page(1));
  }

  void onButton(ButtonInteractionEvent event) {
    Optional<Integer> page = pageOf(event.getComponentId());
    if (page.isEmpty()) {
      return; // not ours, or forged: Discord shows "interaction failed" to the clicker only
    }
    responder.edit(event, () -> page(page.get()));
  }

  static Optional<Integer> pageOf(String buttonId) {
    Matcher m = BUTTON_ID.matcher(buttonId);
    return m.matches() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
  }

  private Reply page(int page) {
    Answer answer = core.list();
    if (!(answer instanceof Answer.PaperList list)) {
      return Answers.reply(renderer, answer, false);
    }
    EmbedRenderer.Page rendered = renderer.page(list, page);
    List<ActionRow> rows =
        rendered.pages() <= 1 ? List.of() : List.of(buttons(rendered.page(), rendered.pages()));
    return new Reply(List.of(rendered.embed()), rows, false);
  }

  static ActionRow buttons(int page, int pages) {
    return ActionRow.of(
        Button.secondary(BUTTON_PREFIX + "prev:" + Math.max(1, page - 1), "Previous")
            .withDisabled(page <= 1),
        Button.secondary(BUTTON_PREFIX + "next:" + Math.min(pages, page + 1), "Next")
            .withDisabled(page >= pages));
  }
}
