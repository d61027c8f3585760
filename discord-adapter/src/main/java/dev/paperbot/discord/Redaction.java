package dev.paperbot.discord;

import java.util.regex.Pattern;

/**
 * Credentials in a URL's user-info ({@code https://user:pass@proxy/…}) never reach a log line or a
 * message: operators put proxy credentials there, and start-up errors quote the URLs.
 */
public final class Redaction {
  // A scheme, then everything up to the last '@' before the path: the user-info, passwords
  // containing '@' included. A '@' after the first '/' (a path or query) is left alone.
  private static final Pattern USER_INFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.\\-]*://)[^/?#\\s]*@");

  private Redaction() {}

  /** The text with the user-info of every URL in it replaced by {@code <redacted>}. */
  public static String redact(String text) {
    return text == null ? "" : USER_INFO.matcher(text).replaceAll("$1<redacted>@");
  }

  /** The URL without its user-info, for a library that logs the URLs it calls (JDA does). */
  static String withoutUserInfo(String url) {
    return USER_INFO.matcher(url).replaceFirst("$1");
  }

  /** The decoded {@code user:password} of a URL, or empty when it has none. */
  static java.util.Optional<String> userInfo(String url) {
    try {
      return java.util.Optional.ofNullable(new java.net.URI(url).getUserInfo());
    } catch (java.net.URISyntaxException e) {
      return java.util.Optional.empty(); // DiscordConfig has already refused such a URL
    }
  }

  /**
   * What went wrong, for an operator: the most specific cause's type and message, redacted. JDA
   * appends a {@code ContextException} (the caller's stack) as the innermost cause; it says nothing
   * about the failure, so it is skipped.
   */
  public static String cause(Throwable error) {
    Throwable specific = error;
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (!t.getClass().getName().equals("net.dv8tion.jda.api.exceptions.ContextException")) {
        specific = t;
      }
    }
    String message = specific.getMessage();
    return redact(
        specific.getClass().getSimpleName()
            + (message == null || message.isBlank() ? "" : ": " + message.strip()));
  }
}
