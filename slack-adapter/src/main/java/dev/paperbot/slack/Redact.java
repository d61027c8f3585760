package dev.paperbot.slack;

import java.util.regex.Pattern;

/**
 * Hides credentials embedded in URLs ({@code https://user:pass@proxy/…}), wherever a URL may be
 * shown: settings, start-up errors, logs.
 */
public final class Redact {

  /** A scheme's {@code //}, then user-info up to the last {@code @} before the host. */
  private static final Pattern USER_INFO =
      Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)[^/?#\\s@]*@");

  private Redact() {}

  /** The text with every URL's user-info replaced by {@code (redacted)}; null stays null. */
  public static String userInfo(String text) {
    return text == null ? null : USER_INFO.matcher(text).replaceAll("$1(redacted)@");
  }
}
