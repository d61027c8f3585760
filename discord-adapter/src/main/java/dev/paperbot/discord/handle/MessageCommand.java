package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.Question;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Ask PaperBot" in a message's Apps menu: the message's text is the question, the answer is for
 * the one who asked (ephemeral, with "Share with channel"). Discord sends the target message's text
 * with the interaction, so this needs no MESSAGE_CONTENT intent.
 */
final class MessageCommand {
  private static final Logger LOG = LoggerFactory.getLogger(MessageCommand.class);
  static final String NAME = "Ask PaperBot";

  private final Answering core;
  private final EmbedRenderer renderer;
  private final Replies replies;
  private final Responder responder;

  MessageCommand(Answering core, EmbedRenderer renderer, Replies replies, Responder responder) {
    this.core = core;
    this.renderer = renderer;
    this.replies = replies;
    this.responder = responder;
  }

  CommandData data() {
    return Commands.message(NAME);
  }

  void run(MessageContextInteractionEvent event) {
    String text = event.getTarget().getContentRaw();
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
    Question question =
        new Question(text, ConversationKeys.slash(event.getMessageChannel().getId(), user));
    responder.reply(
        event,
        true,
        () ->
            replies.toQuestion(
                question, core.answer(question), user, Replies.Origin.PRIVATE_INTERACTION));
  }
}
