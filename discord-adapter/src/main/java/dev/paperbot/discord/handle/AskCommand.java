package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.Question;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /paper ask question:<text> [private:true]}: the question goes to the core verbatim. */
final class AskCommand implements Subcommand {
  private static final Logger LOG = LoggerFactory.getLogger(AskCommand.class);
  static final String NAME = "ask";
  static final String QUESTION = "question";
  static final String PRIVATE = "private";

  private final Answering core;
  private final EmbedRenderer renderer;
  private final Responder responder;

  AskCommand(Answering core, EmbedRenderer renderer, Responder responder) {
    this.core = core;
    this.renderer = renderer;
    this.responder = responder;
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData(NAME, "Ask a question about the papers")
        .addOptions(
            new OptionData(OptionType.STRING, QUESTION, "e.g. which paper introduced MLA?", true)
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
    // Slash questions have no reply chain: one conversation per user per channel.
    String conversation = "discord:slash:" + event.getChannelId() + ":" + event.getUser().getId();
    responder.reply(
        event,
        privately,
        () -> Answers.reply(renderer, core.answer(new Question(text, conversation)), privately));
  }
}
