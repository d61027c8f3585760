package dev.paperbot.discord.handle;

import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Share with channel" under a private answer: posts the same embed to the channel, attributed to
 * the person who shared it (a mention that pings nobody: the message parses no mentions), with its
 * vote and paging buttons but without the share button. The embed comes from the message Discord
 * sends with the click, so sharing needs no state and never asks the core again.
 */
final class ShareButton {
  private static final Logger LOG = LoggerFactory.getLogger(ShareButton.class);

  private final EmbedRenderer renderer;

  ShareButton(EmbedRenderer renderer) {
    this.renderer = renderer;
  }

  /** Handles the click if it is a share; false if it is not one of ours. */
  boolean onButton(ButtonInteractionEvent event) {
    if (!Controls.SHARE.equals(event.getComponentId())) {
      return false;
    }
    Message message = event.getMessage();
    Reply shared;
    if (message.getEmbeds().isEmpty()) {
      shared = Reply.of(renderer.notice(Notices.NOTHING_TO_SHARE), true);
    } else {
      shared =
          shared(
              message.getEmbeds(), Controls.keptRows(message, false), event.getUser().getIdLong());
    }
    // Nothing to compute: answered at once in the interaction's own callback.
    event
        .reply(shared.toCreateData())
        .setEphemeral(shared.ephemeral())
        .queue(
            ok -> {},
            error ->
                LOG.warn("Discord rejected the share of interaction {}", event.getId(), error));
    return true;
  }

  /** The public copy: the same embeds and buttons (share removed), and who shared it. */
  Reply shared(List<MessageEmbed> embeds, List<ActionRow> rows, long sharerId) {
    return new Reply(embeds, rows, false, renderer.sharedBy(sharerId));
  }
}
