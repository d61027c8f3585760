package dev.paperbot.slack;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackSettingsTest {

  private static final String BOT = "xoxb-111-222-secretbotpart";
  private static final String APP = "xapp-1-A1-333-secretapppart";
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  private static Map<String, String> env(String... keyValues) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      env.put(keyValues[i], keyValues[i + 1]);
    }
    return env;
  }

  @Test
  void anAppTokenSelectsSocketModeWithoutASigningSecret() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(env("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP));

    assertTrue(settings.socketMode());
    assertEquals("https://slack.com/api/", settings.apiUrl());
  }

  @Test
  void withoutAnAppTokenItIsHttpModeOnPort3000ByDefault() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET));

    assertFalse(settings.socketMode());
    assertEquals(3000, settings.port());
  }

  @Test
  void portAndApiUrlAreReadAndTheUrlGetsItsTrailingSlash() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            env(
                "SLACK_BOT_TOKEN",
                BOT,
                "SLACK_SIGNING_SECRET",
                SECRET,
                "PORT",
                "8080",
                "SLACK_API_URL",
                "http://127.0.0.1:9999/api"));

    assertEquals(8080, settings.port());
    assertEquals("http://127.0.0.1:9999/api/", settings.apiUrl());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "no bot token; SLACK_BOT_TOKEN; ; ; " + SECRET + "; ; ; OAuth & Permissions",
        "user token as bot token; SLACK_BOT_TOKEN; xoxp-1-2; ; " + SECRET + "; ; ; OAuth",
        "bot token as app token; SLACK_APP_TOKEN; " + BOT + "; xoxb-9; ; ; ; App-Level Tokens",
        "HTTP mode without secret; SLACK_SIGNING_SECRET; " + BOT + "; ; ; ; ; App Credentials",
        "port not a number; PORT; " + BOT + "; ; " + SECRET + "; eighty; ; 1 to 65535",
        "port out of range; PORT; " + BOT + "; ; " + SECRET + "; 70000; ; 1 to 65535",
        "api url not a URL; SLACK_API_URL; " + BOT + "; ; " + SECRET + "; ; slack.com; http(s)",
        "full-width port digits; PORT; " + BOT + "; ; " + SECRET + "; １２３; ; 1 to 65535",
        "Arabic-Indic port digits; PORT; " + BOT + "; ; " + SECRET + "; ٣٠٠٠; ; 1 to 65535",
        "signed port; PORT; " + BOT + "; ; " + SECRET + "; +80; ; 1 to 65535",
      })
  void aBadVariableStopsStartUpNamingItAndWhereToGetIt(
      String why,
      String variable,
      String bot,
      String app,
      String secret,
      String port,
      String apiUrl,
      String where) {
    Map<String, String> env = new HashMap<>();
    putIfSet(env, "SLACK_BOT_TOKEN", bot);
    putIfSet(env, "SLACK_APP_TOKEN", app);
    putIfSet(env, "SLACK_SIGNING_SECRET", secret);
    putIfSet(env, "PORT", port);
    putIfSet(env, "SLACK_API_URL", apiUrl);

    SlackSettings.InvalidSettingsException e =
        assertThrows(
            SlackSettings.InvalidSettingsException.class, () -> SlackSettings.fromEnvironment(env));

    assertAll(
        () -> assertTrue(e.getMessage().startsWith(variable), e.getMessage()),
        () -> assertTrue(e.getMessage().contains(where), e.getMessage()),
        () -> assertFalse(e.getMessage().contains("secretbotpart"), "token in: " + e.getMessage()),
        () -> assertFalse(e.getMessage().contains(SECRET), "secret in: " + e.getMessage()));
  }

  private static void putIfSet(Map<String, String> env, String key, String value) {
    if (value != null) {
      env.put(key, value);
    }
  }

  @Test
  void bindAddressDefaultsToEveryInterfaceAndAcceptsALiteralAddress() {
    Map<String, String> env = env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET);

    assertEquals("0.0.0.0", SlackSettings.fromEnvironment(env).bindAddress().getHostAddress());
    env.put("BIND_ADDRESS", "127.0.0.1");
    assertEquals("127.0.0.1", SlackSettings.fromEnvironment(env).bindAddress().getHostAddress());
    env.put("BIND_ADDRESS", "::1");
    assertEquals(
        "0:0:0:0:0:0:0:1", SlackSettings.fromEnvironment(env).bindAddress().getHostAddress());
  }

  @ParameterizedTest
  @CsvSource({"localhost", "example.com", "300.1.1.1", "１２７.0.0.1"})
  void aBindAddressThatIsNotAnIpAddressStopsStartUpNamingIt(String value) {
    Map<String, String> env =
        env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET, "BIND_ADDRESS", value);

    SlackSettings.InvalidSettingsException e =
        assertThrows(
            SlackSettings.InvalidSettingsException.class, () -> SlackSettings.fromEnvironment(env));

    assertTrue(e.getMessage().startsWith("BIND_ADDRESS"), e.getMessage());
  }

  @Test
  void credentialsInTheApiUrlAreRedactedInErrorsAndInToString() {
    Map<String, String> env =
        env(
            "SLACK_BOT_TOKEN",
            BOT,
            "SLACK_SIGNING_SECRET",
            SECRET,
            "SLACK_API_URL",
            "https://user:pa55word@proxy.example/api/");
    SlackSettings settings = SlackSettings.fromEnvironment(env);
    env.put("SLACK_API_URL", "ftp://user:pa55word@proxy.example/api/");

    SlackSettings.InvalidSettingsException e =
        assertThrows(
            SlackSettings.InvalidSettingsException.class, () -> SlackSettings.fromEnvironment(env));

    assertFalse(settings.toString().contains("pa55word"), settings.toString());
    assertTrue(settings.toString().contains("https://(redacted)@proxy.example/api/"));
    assertFalse(e.getMessage().contains("pa55word"), e.getMessage());
    assertEquals("https://user:pa55word@proxy.example/api/", settings.apiUrl(), "still used");
  }

  @Test
  void toStringNeverShowsATokenOrTheSecret() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            env("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP, "SLACK_SIGNING_SECRET", SECRET));

    String shown = settings.toString();

    assertFalse(shown.contains("secretbotpart"), shown);
    assertFalse(shown.contains("secretapppart"), shown);
    assertFalse(shown.contains(SECRET), shown);
    assertTrue(shown.contains("botToken=(redacted)"), shown);
  }
}
