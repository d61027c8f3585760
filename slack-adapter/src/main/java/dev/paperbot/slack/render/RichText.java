package dev.paperbot.slack.render;

import com.slack.api.model.block.element.RichTextElement;
import com.slack.api.model.block.element.RichTextSectionElement;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One paragraph of a Slack {@code rich_text} block, built from trusted structure (links the
 * renderer chose, the asker's user id) and untrusted text (from users or the corpus) within a
 * character budget.
 *
 * <p>Why rich_text: its text elements are not parsed as mrkdwn, so untrusted text reaches Slack
 * byte for byte ({@code DQ3_K_M}, {@code `help`}, {@code *}) and cannot format, mention, broadcast
 * or link anything: {@code <!channel>} in a text element is shown as typed. Mentions and links
 * exist only as their own element types, which only this class's {@link #user} and {@link #link}
 * make.
 *
 * <p>Untrusted text is {@linkplain #clean cleaned}; when the budget runs out the text is cut on a
 * grapheme boundary and ends with {@code …}.
 */
final class RichText {

  /** Characters of text in one rich_text block: Slack's 3000 for a section, with room to spare. */
  static final int BLOCK_LIMIT = 2_900;

  private static final String ELLIPSIS = "…";

  private final List<RichTextElement> elements = new ArrayList<>();
  private final int budget;
  private int used;
  private boolean truncated;

  RichText(int budget) {
    if (budget < 16) {
      throw new IllegalArgumentException("budget must be at least 16, was " + budget);
    }
    this.budget = budget;
  }

  RichText() {
    this(BLOCK_LIMIT);
  }

  List<RichTextElement> elements() {
    return List.copyOf(elements);
  }

  boolean isEmpty() {
    return elements.isEmpty();
  }

  /** Untrusted text, shown as typed. */
  RichText text(String raw) {
    return styled(raw, null);
  }

  /** Untrusted text in bold. */
  RichText bold(String raw) {
    return styled(raw, Style.BOLD);
  }

  /** Text in code style (commands the bot documents). */
  RichText code(String raw) {
    return styled(raw, Style.CODE);
  }

  /**
   * A text element's style naming only the flags it sets. Bolt's own {@code TextStyle} has
   * primitive flags, so it sends all of them as false, including {@code underline}, which Slack has
   * not released to every workspace; an unknown style key is a reason for {@code invalid_blocks}.
   */
  record Style(Boolean bold, Boolean code) {
    static final Style BOLD = new Style(true, null);
    static final Style CODE = new Style(null, true);
  }

  /** A rich_text {@code text} element serialized as {@code {"type":"text","text":…,"style":…}}. */
  record StyledText(String type, String text, Style style) implements RichTextElement {
    StyledText(String text, Style style) {
      this("text", text, style);
    }

    @Override
    public String getType() {
      return type;
    }
  }

  /** A link to a URL the renderer built or checked; the label is untrusted text. */
  RichText link(String trustedUrl, String rawLabel) {
    if (truncated) {
      return this;
    }
    String label = clean(rawLabel);
    if (label.isEmpty()) {
      label = trustedUrl;
    }
    if (used + label.length() + ELLIPSIS.length() > budget) {
      return text(rawLabel);
    }
    used += label.length();
    elements.add(RichTextSectionElement.Link.builder().url(trustedUrl).text(label).build());
    return this;
  }

  /** A mention of a Slack user the caller checked is a user id (the asker). */
  RichText user(String trustedUserId) {
    if (!truncated) {
      used += trustedUserId.length() + 1;
      elements.add(RichTextSectionElement.User.builder().userId(trustedUserId).build());
    }
    return this;
  }

  private RichText styled(String raw, Style style) {
    if (truncated || raw == null) {
      return this;
    }
    String text = clean(raw);
    if (text.isEmpty()) {
      return this;
    }
    int room = budget - used - ELLIPSIS.length();
    if (text.length() > room) {
      text = cut(text, Math.max(0, room));
      truncated = true;
    }
    used += text.length();
    elements.add(new StyledText(text, style));
    return this;
  }

  /**
   * Text safe to hand to Slack: control characters other than newline and tab dropped, Unicode
   * noncharacters dropped, a lone surrogate replaced by U+FFFD.
   */
  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); ) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, raw.charAt(i + 1));
        if (!isNoncharacter(cp)) {
          out.appendCodePoint(cp);
        }
        i += 2;
        continue;
      }
      if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || isNoncharacter(c))) {
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }

  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /**
   * The text cut to at most {@code max} characters plus {@code …}, on a grapheme boundary (an emoji
   * with its modifiers, a letter with its combining marks stay whole); unchanged when it fits.
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
    graphemes.setText(text);
    int end = graphemes.preceding(max + 1);
    if (end == BreakIterator.DONE || end < 0) {
      end = 0;
    }
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  /** Newlines and carriage returns as spaces, for one-line fields. */
  static String oneLine(String text) {
    return text == null ? "" : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
