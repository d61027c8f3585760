package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /paper show paper:<id or title>}, with autocomplete from the core's suggestions. */
final class ShowCommand implements Subcommand {
  static final String NAME = "show";
  static final String PAPER = "paper";

  private final Answering core;
  private final Replies replies;
  private final Responder responder;
  private final Suggestions suggestions;

  ShowCommand(Answering core, Replies replies, Responder responder, Suggestions suggestions) {
    this.core = core;
    this.replies = replies;
    this.responder = responder;
    this.suggestions = suggestions;
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData(NAME, "Show one paper")
        .addOptions(
            new OptionData(OptionType.STRING, PAPER, "arXiv id or title words", true, true)
                .setMaxLength(Limits.QUESTION_MAX));
  }

  @Override
  public void run(SlashCommandInteractionEvent event) {
    String paper = event.getOption(PAPER, "", OptionMapping::getAsString);
    String user = event.getUser().getId();
    // A lookup is voted on like a question: "show X" gave the wrong paper is worth knowing.
    Question question = new Question(paper, ConversationKeys.slash(event.getChannelId(), user));
    responder.reply(
        event,
        false,
        () -> replies.toQuestion(question, core.show(paper), user, Replies.Origin.INTERACTION));
  }

  void autocomplete(CommandAutoCompleteInteractionEvent event) {
    String partial = event.getFocusedOption().getValue();
    suggestions.offer(event, () -> choices(core.suggest(partial, Limits.CHOICES_MAX)));
  }

  /**
   * At most 25 choices; the name shows title and id, the value is the id the core looks up. A paper
   * whose id is not one clean line of at most 100 characters cannot be a choice value and is left
   * out.
   */
  static List<Command.Choice> choices(List<Paper> papers) {
    return papers.stream()
        .filter(
            p ->
                !p.id().isBlank()
                    && p.id().length() <= Limits.CHOICE_VALUE_MAX
                    && Suggestions.oneLine(p.id()).equals(p.id()))
        .limit(Limits.CHOICES_MAX)
        .map(p -> new Command.Choice(choiceName(p), p.id()))
        .toList();
  }

  /** Plain text for Discord's picker, one line: "Title… (id)", cut on code points. */
  static String choiceName(Paper paper) {
    String suffix = " (" + paper.id() + ")";
    String title = Suggestions.oneLine(paper.title());
    int room = Limits.CHOICE_NAME_MAX - suffix.length();
    String name = Suggestions.cut(title, Math.max(1, room), "…") + suffix;
    return Suggestions.cut(name, Limits.CHOICE_NAME_MAX, "");
  }
}
