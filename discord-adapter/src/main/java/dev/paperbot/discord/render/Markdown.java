package dev.paperbot.discord.render;

/**
 * Escaping and cutting of text that is not ours (questions, titles, abstracts) before it goes into
 * Discord markup.
 *
 * <p>Discord renders a backslash before any ASCII punctuation as that character, so escaping more
 * than strictly needed is invisible. JDA's {@code MarkdownSanitizer} covers emphasis, code,
 * spoilers and quotes but not masked links ({@code [x](url)}), mention syntax ({@code <@&id>}),
 * headings or list markers, and it treats an existing backslash as an escape the user did not mean;
 * one pass here covers all of them.
 */
public final class Markdown {

  /** Escaped wherever they appear: emphasis, code, spoilers, masked links, mentions, quotes. */
  private static final String ALWAYS = "\\*_~`|<>[]()#";

  /** Escaped at the start of a line only: list markers. */
  private static final String LINE_START = "-+";

  private static final char ELLIPSIS = '…';

  private static final java.util.regex.Pattern EVERYONE_OR_HERE =
      java.util.regex.Pattern.compile("(?i)@(everyone|here)");

  private Markdown() {}

  /**
   * Text made safe to embed in Discord markup: markdown and mention syntax escaped, control and
   * direction-override characters removed, {@code @everyone}/{@code @here} broken with a zero-width
   * space so they read the same but cannot ping even where mentions would be parsed.
   */
  public static String escape(String raw) {
    String text = clean(raw == null ? "" : raw);
    // Case-insensitive: whatever Discord's parser does with "@Everyone", it never sees one.
    text = EVERYONE_OR_HERE.matcher(text).replaceAll("@\u200B$1");
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append(c);
        lineStart = true;
        continue;
      }
      if (ALWAYS.indexOf(c) >= 0 || (lineStart && LINE_START.indexOf(c) >= 0)) {
        out.append('\\');
      }
      out.append(c);
      lineStart = lineStart && c == ' ';
    }
    return out.toString();
  }

  /** {@link #escape} on one line: line breaks become spaces (for titles, quotes, field names). */
  public static String escapeLine(String raw) {
    return escape(
        raw == null ? "" : raw.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
  }

  /**
   * Cuts escaped text to at most {@code max} characters, ending in an ellipsis when cut, never in
   * the middle of an escape ({@code \*}) or of a surrogate pair.
   */
  public static String truncate(String escaped, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    if (escaped.length() <= max) {
      return escaped;
    }
    int cut = safeCut(escaped, max - 1);
    return escaped.substring(0, cut) + ELLIPSIS;
  }

  /** The largest index {@code <= at} where the escaped text can be cut. */
  static int safeCut(String escaped, int at) {
    int cut = Math.max(0, Math.min(at, escaped.length()));
    if (cut > 0 && cut < escaped.length() && Character.isLowSurrogate(escaped.charAt(cut))) {
      cut--;
    }
    int backslashes = 0;
    while (cut - backslashes - 1 >= 0 && escaped.charAt(cut - backslashes - 1) == '\\') {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      cut--; // an odd run of backslashes ends in a half escape: drop its backslash
    }
    return cut;
  }

  /**
   * Removes what has no business in a chat message: control characters (line breaks kept, tabs as
   * spaces), bidirectional overrides that make text read backwards, and unpaired surrogates from
   * binary input.
   */
  static String clean(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        out.append(c).append(raw.charAt(i + 1));
        i++;
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else if (c == '\n') {
        out.append(c);
      } else if (c == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(c) || isBidiControl(c)) {
        // dropped: NUL, escape sequences, \r, and direction overrides
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
