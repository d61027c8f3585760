package dev.paperbot.query;

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
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private ChatText() {}

  /** The cleaned question, possibly empty; never null. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.length() > 4 * MAX_CHARS ? raw.substring(0, 4 * MAX_CHARS) : raw;
    s = CONTROL.matcher(s).replaceAll(" ");
    s =
        SLACK_LINK
            .matcher(s)
            .replaceAll(m -> m.group(3) == null ? " " : " " + quote(m.group(3)) + " ");
    s = MENTION.matcher(s).replaceAll(" ");
    s = AT_EVERYONE.matcher(s).replaceAll(" ");
    s = MARKUP.matcher(s).replaceAll(m -> m.group().equals("_") ? "_" : " ");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    if (s.length() > MAX_CHARS) {
      int cut = s.lastIndexOf(' ', MAX_CHARS);
      s = s.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }
    return s;
  }

  private static String quote(String s) {
    return java.util.regex.Matcher.quoteReplacement(s);
  }
}
