package dev.paperbot.discord.handle;

import dev.paperbot.PageToken;
import dev.paperbot.discord.render.EmbedRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponentUnion;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/**
 * The buttons under an answer and what their ids carry, so that every click can be handled with no
 * state on the server: paging ({@code pg:} + a {@link PageToken}), votes ({@code fb:up:} or {@code
 * fb:down:} + a feedback ticket) and "Share with channel".
 */
public final class Controls {
  static final int ID_MAX = Button.ID_MAX_LENGTH; // 100, Discord's limit on custom_id

  static final String PAGE = "pg:";
  static final String VOTE_UP = "fb:up:";
  static final String VOTE_DOWN = "fb:down:";
  static final String SHARE = "share";

  // Ids of /paper list buttons posted before paging tokens; kept so old messages still page.
  private static final Pattern LEGACY_LIST = Pattern.compile("paper-list:(?:prev|next):(\\d{1,6})");

  private Controls() {}

  /**
   * The id of a paging button, if the token fits Discord's 100 characters. Discord documents no
   * character set for custom ids, so the token's line breaks are escaped to keep it one line.
   */
  public static Optional<String> pageId(PageToken token) {
    String id =
        PAGE + token.encode().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    // Half a surrogate pair cannot be sent as UTF-8: such a question is not paged at all.
    return id.length() <= ID_MAX && !hasLoneSurrogate(id) ? Optional.of(id) : Optional.empty();
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every page of a list of {@code size} papers has a paging id. */
  static boolean pages(PageToken token, int size) {
    return pageId(token.at(Math.max(0, size))).isPresent();
  }

  /** The token a paging button carries; empty when the id is not one (forged, or not ours). */
  public static Optional<PageToken> pageToken(String id) {
    Matcher legacy = LEGACY_LIST.matcher(id);
    if (legacy.matches()) {
      int page = Math.max(1, Integer.parseInt(legacy.group(1)));
      return Optional.of(PageToken.list().at((page - 1) * EmbedRenderer.PAGE_SIZE));
    }
    if (!id.startsWith(PAGE)) {
      return Optional.empty();
    }
    StringBuilder value = new StringBuilder();
    String escaped = id.substring(PAGE.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && i + 1 < escaped.length()) {
        char next = escaped.charAt(++i);
        value.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        value.append(c);
      }
    }
    return PageToken.decode(value.toString());
  }

  /** Previous/Next for one rendered page; both ids differ, as Discord requires within a message. */
  static ActionRow paging(PageToken token, EmbedRenderer.Page page) {
    int size = EmbedRenderer.PAGE_SIZE;
    int previous = Math.max(0, (page.page() - 2) * size);
    int next = Math.min(page.pages() - 1, page.page()) * size;
    return ActionRow.of(
        Button.secondary(pageId(token.at(previous)).orElseThrow(), "Previous")
            .withDisabled(page.page() <= 1),
        Button.secondary(pageId(token.at(next)).orElseThrow(), "Next")
            .withDisabled(page.page() >= page.pages()));
  }

  /** 👍 and 👎 for a ticket; none without one (no feedback store configured). */
  static List<Button> votes(String ticket) {
    if (ticket == null || ticket.isEmpty() || VOTE_DOWN.length() + ticket.length() > ID_MAX) {
      return List.of();
    }
    return List.of(
        Button.secondary(VOTE_UP + ticket, Emoji.fromUnicode("👍")),
        Button.secondary(VOTE_DOWN + ticket, Emoji.fromUnicode("👎")));
  }

  static Button share() {
    return Button.primary(SHARE, "Share with channel");
  }

  /** The button rows of a message, without paging (replaced on a page turn) and share if asked. */
  static List<ActionRow> keptRows(Message message, boolean keepShare) {
    List<ActionRow> kept = new ArrayList<>();
    for (MessageTopLevelComponentUnion component : message.getComponents()) {
      if (component.getType() != net.dv8tion.jda.api.components.Component.Type.ACTION_ROW) {
        continue;
      }
      List<ActionRowChildComponentUnion> children = new ArrayList<>();
      for (ActionRowChildComponentUnion child : component.asActionRow().getComponents()) {
        if (child.getType() == net.dv8tion.jda.api.components.Component.Type.BUTTON) {
          String id = child.asButton().getCustomId();
          if (id == null
              || id.startsWith(PAGE)
              || LEGACY_LIST.matcher(id).matches()
              || (!keepShare && id.equals(SHARE))) {
            continue;
          }
        }
        children.add(child);
      }
      if (!children.isEmpty()) {
        kept.add(ActionRow.of(children));
      }
    }
    return kept;
  }
}
