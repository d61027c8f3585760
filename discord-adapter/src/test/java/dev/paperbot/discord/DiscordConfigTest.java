package dev.paperbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscordConfigTest {
  private static final String TOKEN = "MTIz.secret-token-value";

  @Test
  void onlyTheTokenIsRequiredAndEverythingElseDefaultsToDiscord() {
    DiscordConfig config = DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN));

    assertEquals(TOKEN, config.token());
    assertEquals(OptionalLong.empty(), config.guildId());
    assertEquals("https://discord.com/api/v10/", config.apiBaseUrl());
    assertEquals("wss://gateway.discord.gg/", config.gatewayUrl());
  }

  @Test
  void aMissingTokenNamesTheVariableAndWhereToGetOne() {
    ConfigException e = assertThrows(ConfigException.class, () -> DiscordConfig.fromEnv(Map.of()));

    assertTrue(e.getMessage().startsWith("DISCORD_TOKEN is not set."), e.getMessage());
    assertTrue(
        e.getMessage().contains("Developer Portal")
            || e.getMessage().contains("developers/applications"));
    assertTrue(e.getMessage().contains("Bot > Reset Token"), e.getMessage());
  }

  @Test
  void aBlankTokenIsMissing() {
    assertThrows(ConfigException.class, () -> DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", "  ")));
  }

  @Test
  void aTokenWithSpacesIsRejectedWithoutEchoingIt() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", "abc def-secret")));

    assertFalse(e.getMessage().contains("def-secret"), e.getMessage());
  }

  @Test
  void aPastedBotPrefixIsDropped() {
    assertEquals(TOKEN, DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", "Bot " + TOKEN)).token());
  }

  @Test
  void theTokenIsRedactedInToString() {
    DiscordConfig config = DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN));

    assertFalse(config.toString().contains(TOKEN), config.toString());
    assertTrue(config.toString().contains("token=<redacted>"));
  }

  @Test
  void readsTheGuildId() {
    DiscordConfig config =
        DiscordConfig.fromEnv(
            Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GUILD_ID", "123456789012345678"));

    assertEquals(OptionalLong.of(123456789012345678L), config.guildId());
  }

  @Test
  void aGuildIdThatIsNotASnowflakeNamesTheVariable() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                DiscordConfig.fromEnv(
                    Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GUILD_ID", "my-server")));

    assertTrue(e.getMessage().startsWith("DISCORD_GUILD_ID must be a server id"), e.getMessage());
  }

  @Test
  void theApiBaseUrlGetsATrailingSlash() {
    DiscordConfig config =
        DiscordConfig.fromEnv(
            Map.of(
                "DISCORD_TOKEN", TOKEN, "DISCORD_API_BASE_URL", "http://127.0.0.1:8080/api/v10"));

    assertEquals("http://127.0.0.1:8080/api/v10/", config.apiBaseUrl());
  }

  @Test
  void aGatewayUrlMustBeAWebSocketUrl() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                DiscordConfig.fromEnv(
                    Map.of(
                        "DISCORD_TOKEN", TOKEN, "DISCORD_GATEWAY_URL", "https://gateway.example")));

    assertTrue(e.getMessage().startsWith("DISCORD_GATEWAY_URL must be a wss://"), e.getMessage());
  }

  @Test
  void anApiBaseUrlMustBeHttp() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                DiscordConfig.fromEnv(
                    Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_API_BASE_URL", "ftp://x")));

    assertTrue(
        e.getMessage().startsWith("DISCORD_API_BASE_URL must be a https://"), e.getMessage());
  }

  @Test
  void theReadyTimeoutDefaultsTo20SecondsAndReadsWholeSeconds() {
    assertEquals(
        Duration.ofSeconds(20),
        DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN)).readyTimeout());
    assertEquals(
        Duration.ofSeconds(5),
        DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_READY_TIMEOUT", "5"))
            .readyTimeout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "601", "1.5", "\uFF13\uFF10", "ten", "99999"})
  void aReadyTimeoutOutside1To600WholeAsciiSecondsIsRefusedNamingTheVariable(String value) {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                DiscordConfig.fromEnv(
                    Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_READY_TIMEOUT", value)));

    assertTrue(e.getMessage().startsWith("DISCORD_READY_TIMEOUT must be"), e.getMessage());
  }

  @Test
  void urlCredentialsAreRedactedInToString() {
    DiscordConfig config =
        DiscordConfig.fromEnv(
            Map.of(
                "DISCORD_TOKEN", TOKEN,
                "DISCORD_API_BASE_URL", "https://user:pa55@proxy.example/api/v10/",
                "DISCORD_GATEWAY_URL", "wss://gw-user:p%40ss@proxy.example/gateway"));

    assertFalse(config.toString().contains("pa55"), config.toString());
    assertFalse(config.toString().contains("p%40ss"), config.toString());
    assertTrue(config.toString().contains("apiBaseUrl=https://<redacted>@proxy.example/api/v10/"));
    assertTrue(config.toString().contains("gatewayUrl=wss://<redacted>@proxy.example/gateway"));
  }

  @Test
  void aMalformedUrlIsQuotedWithItsCredentialsRedacted() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                DiscordConfig.fromEnv(
                    Map.of(
                        "DISCORD_TOKEN",
                        TOKEN,
                        "DISCORD_GATEWAY_URL",
                        "https://user:" + "long-secret".repeat(10) + "@proxy.example/")));

    assertFalse(e.getMessage().contains("long-secret"), e.getMessage());
    assertTrue(e.getMessage().contains("https://<redacted>@proxy.example/"), e.getMessage());
  }
}
