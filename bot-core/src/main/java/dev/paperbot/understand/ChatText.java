package dev.paperbot.understand;

import java.util.regex.Pattern;

/**
 * Turns raw chat text into the question a user meant: platform mention tokens, links and markup go,
 * control characters go, whitespace collapses, and the length is bounded so that a 100 KB paste
 * costs no more than a sentence.
 */
public final class ChatText {

  /** Longer questions are cut here; no real question about a paper is longer. */
  public static final int MAX_CHARS = 600;

  // Slack: <@U123>, <@U123|ana>, <!channel>, <!here|here>, <#C123|general>; Discord: <@123>,
  // <@!123>, <@&123>, <#123>, <:emoji:123>, <t:1700000000:R>.
  private static final Pattern MENTION =
      Pattern.compile("<[@#!][^<>\\s]{0,80}>|<a?:\\w{1,40}:\\d{1,25}>|<t:\\d{1,15}(:\\w)?>");
  // Slack-style links <https://x|label> keep their label; bare <https://x> go.
  private static final Pattern SLACK_LINK =
      Pattern.compile("<(https?://[^|<>\\s]{1,500})(\\|([^<>]{0,200}))?>");
  private static final Pattern AT_EVERYONE = Pattern.compile("(?i)@(everyone|here|channel)\\b");
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}&&[^\\n\\t]]");
  private static final Pattern MARKUP = Pattern.compile("[*_~`>|]{1,}|\\\\");
  // [label](https://…): a masked link keeps its label; any other URL names nothing in a paper.
  private static final Pattern MASKED_LINK =
      Pattern.compile("\\[([^\\[\\]]{0,200})\\]\\([^()\\s]{0,500}\\)");
  private static final Pattern URL =
      Pattern.compile("(?i)\\b(?:https?|ftp)://\\S{0,500}|\\bwww\\.\\S{0,500}");
  // What is left of markup once mentions and links are read: an @ or angle bracket that could be
  // made active again by a renderer, and brackets of a half-written link.
  private static final Pattern ACTIVE = Pattern.compile("[@<>\\[\\]\uFF20\uFE6B]");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private ChatText() {}

  /** The cleaned question, possibly empty; never null. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.length() > 4 * MAX_CHARS ? cut(raw, 4 * MAX_CHARS, "") : raw;
    // Each pass is a regex over the whole text; most questions hold none of the characters a
    // pass needs, so it is skipped (a plain question costs one scan of its characters).
    if (s.chars().anyMatch(ChatText::mayBeControl)) {
      s = CONTROL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('<') >= 0) {
      s =
          SLACK_LINK
              .matcher(s)
              .replaceAll(m -> m.group(3) == null ? " " : " " + quote(m.group(3)) + " ");
      s = MENTION.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('@') >= 0) {
      s = AT_EVERYONE.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('[') >= 0) {
      s = MASKED_LINK.matcher(s).replaceAll(m -> " " + quote(m.group(1)) + " ");
    }
    if (s.contains("://") || s.toLowerCase(java.util.Locale.ROOT).contains("www.")) {
      s = URL.matcher(s).replaceAll(" ");
    }
    s = ACTIVE.matcher(s).replaceAll(" ");
    s = MARKUP.matcher(s).replaceAll(m -> m.group().equals("_") ? "_" : " ");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    if (s.length() > MAX_CHARS) {
      int cut = s.lastIndexOf(' ', MAX_CHARS);
      s = cut > MAX_CHARS / 2 ? s.substring(0, cut) : cut(s, MAX_CHARS, "");
    }
    return s;
  }

  /** A character the control pass may remove: control, format, private use, a lone surrogate. */
  private static boolean mayBeControl(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE;
  }

  /**
   * {@code s} cut to at most {@code max} chars on a grapheme boundary (never half an emoji or a
   * letter without its accent), with {@code ellipsis} appended when cut.
   */
  public static String cut(String s, int max, String ellipsis) {
    if (s.length() <= max) {
      return s;
    }
    java.text.BreakIterator graphemes = java.text.BreakIterator.getCharacterInstance();
    graphemes.setText(s);
    int end = graphemes.preceding(Math.max(1, max - ellipsis.length() + 1));
    if (end == java.text.BreakIterator.DONE || end <= 0) {
      end = 0;
    }
    // A lone high surrogate at the cut would still be half a character.
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + ellipsis;
  }

  private static String quote(String s) {
    return java.util.regex.Matcher.quoteReplacement(s);
  }
}
