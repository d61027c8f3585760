package dev.paperbot.slack;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Objects;

/**
 * The adapter's configuration, read once in {@link Main} from the environment (Bolt's own variable
 * names). Immutable; {@link #toString()} never shows a secret.
 *
 * @param botToken {@code SLACK_BOT_TOKEN}, {@code xoxb-…}, always required
 * @param appToken {@code SLACK_APP_TOKEN}, {@code xapp-…}; when set the bot runs in Socket Mode
 * @param signingSecret {@code SLACK_SIGNING_SECRET}; required in HTTP mode, unused in Socket Mode
 * @param port {@code PORT} for HTTP mode, default 3000
 * @param apiUrl {@code SLACK_API_URL}, the Web API base URL ending in {@code /}, default {@code
 *     https://slack.com/api/}; shown only with its user-info redacted
 * @param bindAddress {@code BIND_ADDRESS} for HTTP mode, default {@code 0.0.0.0} (every interface,
 *     as a container needs)
 */
public record SlackSettings(
    String botToken,
    String appToken,
    String signingSecret,
    int port,
    String apiUrl,
    InetAddress bindAddress) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final int DEFAULT_PORT = 3000;

  /** A variable is missing or malformed; the message names it and says where to get it. */
  public static final class InvalidSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidSettingsException(String message) {
      super(message);
    }
  }

  /** Settings bound to every interface. */
  public SlackSettings(
      String botToken, String appToken, String signingSecret, int port, String apiUrl) {
    this(botToken, appToken, signingSecret, port, apiUrl, anyAddress());
  }

  public SlackSettings {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (appToken == null && (signingSecret == null || signingSecret.isBlank())) {
      throw new IllegalArgumentException("signingSecret is required when appToken is not set");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535, was " + port);
    }
  }

  /** Socket Mode when an app-level token is set, HTTP (Events API) mode otherwise. */
  public boolean socketMode() {
    return appToken != null;
  }

  /** Reads the settings from environment variables, failing on the first bad one. */
  public static SlackSettings fromEnvironment(Map<String, String> env) {
    String botToken = blankToNull(env.get("SLACK_BOT_TOKEN"));
    if (botToken == null) {
      throw new InvalidSettingsException(
          "SLACK_BOT_TOKEN is not set. Copy the Bot User OAuth Token (xoxb-…) from"
              + " https://api.slack.com/apps → your app → OAuth & Permissions (install the app to"
              + " your workspace first).");
    }
    if (!botToken.startsWith("xoxb-")) {
      throw new InvalidSettingsException(
          "SLACK_BOT_TOKEN must be a bot token starting with xoxb- (xoxp- is a user token, xapp-"
              + " an app-level token). Copy the Bot User OAuth Token from https://api.slack.com/apps → your app →"
              + " OAuth & Permissions.");
    }
    String appToken = blankToNull(env.get("SLACK_APP_TOKEN"));
    if (appToken != null && !appToken.startsWith("xapp-")) {
      throw new InvalidSettingsException(
          "SLACK_APP_TOKEN must be an app-level token starting with xapp- (xoxb- is the bot token,"
              + " which goes in SLACK_BOT_TOKEN). Create one with the connections:write scope at https://api.slack.com/apps →"
              + " your app → Basic Information → App-Level Tokens, or unset it to use HTTP mode.");
    }
    String signingSecret = blankToNull(env.get("SLACK_SIGNING_SECRET"));
    if (appToken == null && signingSecret == null) {
      throw new InvalidSettingsException(
          "SLACK_SIGNING_SECRET is not set, and HTTP mode (SLACK_APP_TOKEN unset) verifies every"
              + " request with it. Copy the Signing Secret from https://api.slack.com/apps → your"
              + " app → Basic Information → App Credentials, or set SLACK_APP_TOKEN to use Socket"
              + " Mode.");
    }
    int port = parsePort(blankToNull(env.get("PORT")));
    String apiUrl = parseApiUrl(blankToNull(env.get("SLACK_API_URL")));
    InetAddress bindAddress = parseBindAddress(blankToNull(env.get("BIND_ADDRESS")));
    return new SlackSettings(botToken, appToken, signingSecret, port, apiUrl, bindAddress);
  }

  /** The API URL as it may be shown: with any user-info redacted. */
  public String apiUrlForDisplay() {
    return Redact.userInfo(apiUrl);
  }

  static InetAddress anyAddress() {
    try {
      return InetAddress.getByAddress(new byte[4]);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("0.0.0.0 is always a valid address", e);
    }
  }

  /** A literal IPv4 or IPv6 address only: a host name would mean a DNS lookup at start. */
  private static InetAddress parseBindAddress(String value) {
    if (value == null) {
      return anyAddress();
    }
    // Checked here so that InetAddress never falls back to a DNS lookup of the value.
    boolean literal =
        isIpv4(value)
            || (value.indexOf(':') >= 0
                && value
                    .chars()
                    .allMatch(
                        c ->
                            (c >= '0' && c <= '9')
                                || (c >= 'a' && c <= 'f')
                                || (c >= 'A' && c <= 'F')
                                || c == ':'
                                || c == '.'));
    if (literal) {
      try {
        return InetAddress.getByName(value);
      } catch (UnknownHostException e) {
        // Reported below with the value, which is not a secret.
      }
    }
    throw new InvalidSettingsException(
        "BIND_ADDRESS must be an IP address such as 0.0.0.0 (every interface, the default) or"
            + " 127.0.0.1 (this machine only), was \""
            + value
            + "\".");
  }

  private static boolean isIpv4(String value) {
    String[] parts = value.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty()
          || part.length() > 3
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static int parsePort(String value) {
    if (value == null) {
      return DEFAULT_PORT;
    }
    // ASCII digits only: Integer.parseInt also reads full-width and other Unicode digits.
    String digits = value.trim();
    if (!digits.isEmpty()
        && digits.length() <= 5
        && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int port = Integer.parseInt(digits);
      if (port >= 1 && port <= 65_535) {
        return port;
      }
    }
    throw new InvalidSettingsException(
        "PORT must be a TCP port number from 1 to 65535 (default "
            + DEFAULT_PORT
            + "), was \""
            + value
            + "\".");
  }

  private static String parseApiUrl(String value) {
    if (value == null) {
      return DEFAULT_API_URL;
    }
    String url = value.endsWith("/") ? value : value + "/";
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme();
      if (("https".equals(scheme) || "http".equals(scheme)) && uri.getHost() != null) {
        return url;
      }
    } catch (IllegalArgumentException e) {
      // Reported below.
    }
    throw new InvalidSettingsException(
        "SLACK_API_URL must be an http(s) URL such as "
            + DEFAULT_API_URL
            + " (it overrides the Slack Web API base URL; leave it unset for Slack itself), was \""
            + Redact.userInfo(value)
            + "\".");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  @Override
  public String toString() {
    return "SlackSettings[botToken="
        + redact(botToken)
        + ", appToken="
        + redact(appToken)
        + ", signingSecret="
        + redact(signingSecret)
        + ", port="
        + port
        + ", apiUrl="
        + apiUrlForDisplay()
        + ", bindAddress="
        + bindAddress.getHostAddress()
        + ", mode="
        + (socketMode() ? "socket" : "http")
        + "]";
  }

  private static String redact(String secret) {
    return secret == null ? "(unset)" : "(redacted)";
  }
}
