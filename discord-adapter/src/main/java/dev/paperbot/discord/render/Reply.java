package dev.paperbot.discord.render;

import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A message ready to send: embeds, button rows, whether only the asker should see it, and a line of
 * content (empty, or the renderer's "Shared by" line). Every message it builds parses no mentions
 * ({@code allowed_mentions.parse = []}, no users, no roles) and does not ping the user it replies
 * to, whatever the text contains.
 */
public record Reply(
    List<MessageEmbed> embeds, List<ActionRow> components, boolean ephemeral, String content) {

  public Reply {
    embeds = List.copyOf(embeds);
    components = List.copyOf(components);
    content = content == null ? "" : content;
    if (embeds.isEmpty()) {
      throw new IllegalArgumentException("a reply needs at least one embed");
    }
    if (content.length() > Message.MAX_CONTENT_LENGTH) {
      throw new IllegalArgumentException("content exceeds " + Message.MAX_CONTENT_LENGTH);
    }
  }

  public Reply(List<MessageEmbed> embeds, List<ActionRow> components, boolean ephemeral) {
    this(embeds, components, ephemeral, "");
  }

  public static Reply of(MessageEmbed embed, boolean ephemeral) {
    return new Reply(List.of(Objects.requireNonNull(embed, "embed")), List.of(), ephemeral);
  }

  public MessageCreateData toCreateData() {
    return new MessageCreateBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(components)
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .build();
  }

  /** For editing a message in place (paging, a deferred answer): replaces embeds and buttons. */
  public MessageEditData toEditData() {
    return new MessageEditBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(components)
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .build();
  }
}
