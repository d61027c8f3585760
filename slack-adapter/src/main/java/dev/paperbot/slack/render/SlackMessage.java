package dev.paperbot.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A rendered reply: Block Kit blocks plus the {@code text} fallback Slack shows in notifications.
 * Both are already escaped; senders post them as they are, with link unfurling off.
 *
 * @param text the notification fallback, inert mrkdwn
 * @param blocks at most 50 blocks
 * @param visibleToAll false for help, errors and "I don't know", which only the asker should see
 *     when the platform allows it (slash commands)
 */
public record SlackMessage(String text, List<LayoutBlock> blocks, boolean visibleToAll) {
  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    if (blocks.size() > BlockKitRenderer.MAX_BLOCKS) {
      throw new IllegalArgumentException(
          "at most " + BlockKitRenderer.MAX_BLOCKS + " blocks, was " + blocks.size());
    }
  }
}
