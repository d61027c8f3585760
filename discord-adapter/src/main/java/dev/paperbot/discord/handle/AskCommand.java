package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.Question;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /paper ask question:<text> [private:true]}: the question goes to the core verbatim; while
 * it is typed, the core's question completions are offered.
 */
final class AskCommand implements Subcommand {
  private static final Logger LOG = LoggerFactory.getLogger(AskCommand.class);
  static final String NAME = "ask";
  static final String QUESTION = "question";
  static final String PRIVATE = "private";

  private final Answering core;
  private final EmbedRenderer renderer;
  private final Replies replies;
  private final Responder responder;
  private final Suggestions suggestions;

  AskCommand(
      Answering core,
      EmbedRenderer renderer,
      Replies replies,
      Responder responder,
      Suggestions suggestions) {
    this.core = core;
    this.renderer = renderer;
    this.replies = replies;
    this.responder = responder;
    this.suggestions = suggestions;
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData(NAME, "Ask a question about the papers")
        .addOptions(
            new OptionData(
                    OptionType.STRING, QUESTION, "e.g. which paper introduced MLA?", true, true)
                .setMaxLength(Limits.QUESTION_MAX),
            new OptionData(OptionType.BOOLEAN, PRIVATE, "Only you see the answer", false));
  }

  @Override
  public void run(SlashCommandInteractionEvent event) {
    String text = event.getOption(QUESTION, "", OptionMapping::getAsString);
    boolean privately = event.getOption(PRIVATE, false, OptionMapping::getAsBoolean);
    if (text.length() > Limits.QUESTION_MAX) {
      event
          .reply(Reply.of(renderer.notice(Notices.TOO_LONG), true).toCreateData())
          .setEphemeral(true)
          .queue(
              ok -> {},
              error -> LOG.warn("Discord rejected the reply to {}", event.getId(), error));
      return;
    }
    String user = event.getUser().getId();
    Question question = new Question(text, ConversationKeys.slash(event.getChannelId(), user));
    Replies.Origin origin =
        privately ? Replies.Origin.PRIVATE_INTERACTION : Replies.Origin.INTERACTION;
    responder.reply(
        event, privately, () -> replies.toQuestion(question, core.answer(question), user, origin));
  }

  void autocomplete(CommandAutoCompleteInteractionEvent event) {
    String partial = event.getFocusedOption().getValue();
    suggestions.offer(
        event,
        () -> Suggestions.questionChoices(core.suggestQuestions(partial, Limits.CHOICES_MAX)));
  }
}
