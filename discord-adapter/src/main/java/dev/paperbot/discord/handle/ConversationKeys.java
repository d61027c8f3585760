package dev.paperbot.discord.handle;

import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;

/**
 * The conversation a mention belongs to, so that "and when was it published?" replying to the bot's
 * answer refers to the paper just discussed.
 *
 * <p>Derived from the reply chain Discord sends with the message, without state: a mention F that
 * replies to the bot's answer R, where R replies to the question Q, belongs to Q's conversation;
 * any other message starts its own. One hop is all Discord includes, so for longer chains (F2
 * replies to the answer to F) a small bounded map remembers which conversation each answered
 * message belonged to; after a restart the chain simply starts afresh.
 */
public final class ConversationKeys {
  private static final int REMEMBERED = 10_000;

  // Access-ordered and bounded; every access is synchronized on the map, so no races.
  private final Map<Long, Long> conversationOf =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** Slash commands and message commands have no reply chain: one per user per channel. */
  static String slash(String channelId, String userId) {
    return "discord:slash:" + channelId + ":" + userId;
  }

  /**
   * The conversation of the question a bot message answers: for a message reply, the chain of the
   * message it replies to; for an interaction response, the asker's slash conversation. Lets a
   * paging click re-ask in the right conversation without carrying it in the button id.
   */
  String ofAnswer(Message answer) {
    Message.InteractionMetadata interaction = answer.getInteractionMetadata();
    if (interaction != null) {
      return slash(answer.getChannelId(), interaction.getUser().getId());
    }
    MessageReference asked = answer.getMessageReference();
    if (asked == null) {
      return "";
    }
    long askedId = asked.getMessageIdLong();
    synchronized (conversationOf) {
      return "discord:" + Long.toUnsignedString(conversationOf.getOrDefault(askedId, askedId));
    }
  }

  /** The key for a message the bot is about to answer; remembers it for later hops. */
  String keyFor(Message message, long selfId) {
    long root = message.getIdLong();
    Message answer = message.getReferencedMessage();
    if (answer != null && answer.getAuthor().getIdLong() == selfId) {
      MessageReference asked = answer.getMessageReference();
      if (asked != null) {
        long askedId = asked.getMessageIdLong();
        synchronized (conversationOf) {
          root = conversationOf.getOrDefault(askedId, askedId);
        }
      }
    }
    synchronized (conversationOf) {
      conversationOf.put(message.getIdLong(), root);
    }
    return "discord:" + Long.toUnsignedString(root);
  }
}
