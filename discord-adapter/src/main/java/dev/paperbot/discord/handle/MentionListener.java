package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.Question;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a message that mentions the bot, or any direct message, with a Discord reply to it.
 * Messages that do not mention the bot, and messages from bots, webhooks or the system, are
 * ignored: the bot never answers itself or another bot.
 */
public final class MentionListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(MentionListener.class);

  private final Answering core;
  private final EmbedRenderer renderer;
  private final Replies replies;
  private final ConversationKeys conversations;
  private final Executor workers;

  public MentionListener(
      Answering core,
      EmbedRenderer renderer,
      Replies replies,
      ConversationKeys conversations,
      Executor workers) {
    this.core = Objects.requireNonNull(core, "core");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.replies = Objects.requireNonNull(replies, "replies");
    this.conversations = Objects.requireNonNull(conversations, "conversations");
    this.workers = Objects.requireNonNull(workers, "workers");
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    Message message = event.getMessage();
    User author = event.getAuthor();
    if (author.isBot() || author.isSystem() || message.isWebhookMessage()) {
      return;
    }
    if (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY) {
      return; // joins, pins, thread starts…
    }
    User self = event.getJDA().getSelfUser();
    boolean direct = event.getChannelType() == ChannelType.PRIVATE;
    // Checked before the text is read: without MESSAGE_CONTENT only these messages carry it.
    if (!direct && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
      return;
    }
    String text = withoutMention(message.getContentRaw(), self.getIdLong());
    String conversation = conversations.keyFor(message, self.getIdLong());
    try {
      workers.execute(() -> answer(message, text, conversation));
    } catch (RejectedExecutionException busy) {
      LOG.warn("Worker pool full; turning away message {}", message.getId());
      send(message, Reply.of(renderer.notice(Notices.BUSY), false));
    }
  }

  private void answer(Message message, String text, String conversation) {
    Reply reply;
    if (text.length() > Limits.QUESTION_MAX) {
      reply = Reply.of(renderer.notice(Notices.TOO_LONG), false);
    } else {
      try {
        Question question = new Question(text, conversation);
        reply =
            replies.toQuestion(
                question,
                core.answer(question),
                message.getAuthor().getId(),
                Replies.Origin.MESSAGE);
      } catch (RuntimeException e) {
        LOG.error(
            "Answering message {} in channel {} failed",
            message.getId(),
            message.getChannelId(),
            e);
        reply = Reply.of(renderer.notice(Notices.FAILED), false);
      }
    }
    send(message, reply);
  }

  private void send(Message message, Reply reply) {
    // A message reply cannot be ephemeral: answers for the asker alone are sent like any other.
    message
        .reply(reply.toCreateData())
        .mentionRepliedUser(false)
        .queue(
            ok -> {},
            error ->
                LOG.warn(
                    "Discord rejected the reply to message {} in channel {}",
                    message.getId(),
                    message.getChannelId(),
                    error));
  }

  /** The question without the bot's own mention tokens ({@code <@id>}, {@code <@!id>}). */
  static String withoutMention(String content, long selfId) {
    String id = Pattern.quote(Long.toUnsignedString(selfId));
    return content.replaceAll("<@!?" + id + ">", " ").replaceAll("\\s+", " ").strip();
  }
}
