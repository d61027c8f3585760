package dev.paperbot.slack.render;

/**
 * The little mrkdwn the adapter still writes: the notification fallback ({@code text}), which Slack
 * parses as mrkdwn. Only {@code &}, {@code <} and {@code >} are escaped, as Slack requires, so the
 * text keeps every other character byte for byte ({@code DQ3_K_M}, {@code `help`}); {@code
 * <!channel>}, {@code <@U123>} and {@code <https://x|y>} display literally and ping or link
 * nothing. Text that must not be formatted at all goes in rich_text elements instead (see {@link
 * RichText}).
 */
final class Mrkdwn {

  private Mrkdwn() {}

  /** Untrusted text, cleaned ({@link RichText#clean}) and escaped, cut to {@code max} chars. */
  static String escape(String raw, int max) {
    String clean = RichText.cut(RichText.clean(raw), max - 1);
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    if (out.length() > max) {
      // Escapes grew the text: cut again, never inside an entity or a surrogate pair.
      int end = max - 1;
      int amp = out.lastIndexOf("&", end);
      if (amp >= 0 && out.indexOf(";", amp) >= end) {
        end = amp;
      }
      if (end > 0 && Character.isHighSurrogate(out.charAt(end - 1))) {
        end--;
      }
      out.setLength(end);
      out.append('…');
    }
    return out.toString();
  }
}
