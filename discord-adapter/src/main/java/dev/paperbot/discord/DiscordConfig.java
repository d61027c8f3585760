package dev.paperbot.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * How to reach Discord, read once from the environment in {@code main}.
 *
 * @param token the bot token ({@code DISCORD_TOKEN}); never logged, redacted in {@link #toString()}
 * @param guildId register slash commands on this guild only, instantly ({@code DISCORD_GUILD_ID});
 *     empty to register them globally
 * @param apiBaseUrl the REST base, ending in {@code /} ({@code DISCORD_API_BASE_URL})
 * @param gatewayUrl the gateway WebSocket ({@code DISCORD_GATEWAY_URL})
 * @param readyTimeout how long start-up waits for the gateway's READY ({@code
 *     DISCORD_READY_TIMEOUT}, seconds)
 */
public record DiscordConfig(
    String token,
    OptionalLong guildId,
    String apiBaseUrl,
    String gatewayUrl,
    Duration readyTimeout) {

  public static final String TOKEN = "DISCORD_TOKEN";
  public static final String GUILD_ID = "DISCORD_GUILD_ID";
  public static final String API_BASE_URL = "DISCORD_API_BASE_URL";
  public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";
  public static final String READY_TIMEOUT = "DISCORD_READY_TIMEOUT";

  /**
   * Discord sends READY within a second or two; 20 s (four of JDA's connect attempts) covers a slow
   * network without leaving an operator staring at a silent terminal for a minute.
   */
  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(20);

  private static final int READY_TIMEOUT_MAX_SECONDS = 600;

  public static final String DEFAULT_API_BASE_URL = "https://discord.com/api/v10/";
  public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/";

  /** Where a user gets a token; every token error says it. */
  public static final String WHERE_TO_GET_A_TOKEN =
      "Get one at https://discord.com/developers/applications > your application > Bot > Reset"
          + " Token, then export "
          + TOKEN
          + "=<token> (never put it on the command line or in a file you commit).";

  // A snowflake: Discord ids are unsigned 64-bit integers written in decimal.
  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

  public DiscordConfig {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    Objects.requireNonNull(readyTimeout, "readyTimeout");
    if (readyTimeout.isNegative() || readyTimeout.isZero()) {
      throw new IllegalArgumentException("readyTimeout must be positive, was " + readyTimeout);
    }
  }

  /** Reads and validates the variables; throws {@link ConfigException} naming the bad one. */
  public static DiscordConfig fromEnv(Map<String, String> env) {
    String token = trimmed(env.get(TOKEN));
    if (token.isEmpty()) {
      throw new ConfigException(TOKEN + " is not set. " + WHERE_TO_GET_A_TOKEN);
    }
    if (token.startsWith("Bot ")) {
      // A common paste mistake: the header prefix is JDA's job.
      token = token.substring("Bot ".length()).trim();
    }
    if (!token.chars().allMatch(c -> c > ' ' && c < 127)) {
      throw new ConfigException(
          TOKEN
              + " contains spaces or non-ASCII characters, so it is not a bot token. "
              + WHERE_TO_GET_A_TOKEN);
    }

    String guild = trimmed(env.get(GUILD_ID));
    OptionalLong guildId = OptionalLong.empty();
    if (!guild.isEmpty()) {
      if (!SNOWFLAKE.matcher(guild).matches()) {
        throw new ConfigException(
            GUILD_ID
                + " must be a server id (digits only), was \""
                + printable(guild)
                + "\". In Discord: User Settings > Advanced > Developer Mode, then right-click"
                + " the server > Copy Server ID. Leave it unset to register commands globally.");
      }
      try {
        guildId = OptionalLong.of(Long.parseUnsignedLong(guild));
      } catch (NumberFormatException e) {
        throw new ConfigException(GUILD_ID + " is not a 64-bit server id: " + guild);
      }
    }

    String api = url(env, API_BASE_URL, DEFAULT_API_BASE_URL, "http", "https");
    if (!api.endsWith("/")) {
      api = api + "/";
    }
    String gateway = url(env, GATEWAY_URL, DEFAULT_GATEWAY_URL, "ws", "wss");
    return new DiscordConfig(token, guildId, api, gateway, readyTimeout(env));
  }

  private static Duration readyTimeout(Map<String, String> env) {
    String value = trimmed(env.get(READY_TIMEOUT));
    if (value.isEmpty()) {
      return DEFAULT_READY_TIMEOUT;
    }
    // ASCII digits only: Integer.parseInt would accept full-width digits ("３０").
    if (!value.matches("[0-9]{1,4}")
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > READY_TIMEOUT_MAX_SECONDS) {
      throw new ConfigException(
          READY_TIMEOUT
              + " must be a number of seconds from 1 to "
              + READY_TIMEOUT_MAX_SECONDS
              + ", was \""
              + printable(value)
              + "\". Unset it for the default of "
              + DEFAULT_READY_TIMEOUT.toSeconds()
              + " s.");
    }
    return Duration.ofSeconds(Integer.parseInt(value));
  }

  private static String url(
      Map<String, String> env, String name, String fallback, String plain, String secure) {
    String value = trimmed(env.get(name));
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase(plain) || scheme.equalsIgnoreCase(secure))
          || uri.getHost() == null) {
        throw new ConfigException(
            name
                + " must be a "
                + secure
                + ":// (or "
                + plain
                + "://) URL such as "
                + fallback
                + ", was \""
                + printable(value)
                + "\". Unset it to use Discord's own.");
      }
      return value;
    } catch (URISyntaxException e) {
      throw new ConfigException(
          name
              + " is not a URL ("
              + Redaction.redact(e.getReason())
              + "). Unset it to use "
              + fallback
              + ".");
    }
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }

  /** A value quoted in an error: credentials redacted first (a cut could hide the '@'), cut. */
  private static String printable(String value) {
    String safe = Redaction.redact(value).replaceAll("\\p{Cntrl}", "?");
    int points = safe.codePointCount(0, safe.length());
    return points > 80 ? safe.substring(0, safe.offsetByCodePoints(0, 80)) + "…" : safe;
  }

  /** The token and URL credentials are secrets: never printed, whatever logs this record. */
  @Override
  public String toString() {
    return "DiscordConfig[token=<redacted>, guildId="
        + (guildId.isPresent() ? Long.toUnsignedString(guildId.getAsLong()) : "<global>")
        + ", apiBaseUrl="
        + Redaction.redact(apiBaseUrl)
        + ", gatewayUrl="
        + Redaction.redact(gatewayUrl)
        + ", readyTimeout="
        + readyTimeout.toSeconds()
        + " s]";
  }
}
