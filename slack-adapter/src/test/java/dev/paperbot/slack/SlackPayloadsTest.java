package dev.paperbot.slack;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.paperbot.slack.testing.SlackRequests;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every request Slack really sends passes the shape check; the malformed ones do not. */
class SlackPayloadsTest {

  private static final String JSON = "application/json; charset=utf-8";
  private static final String FORM = "application/x-www-form-urlencoded";

  private static String payload(String json) {
    return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
  }

  static Stream<Arguments> wellFormed() {
    return Stream.of(
        Arguments.of("url_verification", JSON, SlackRequests.urlVerification("abc")),
        Arguments.of(
            "app_mention", JSON, SlackRequests.appMention("Ev1", "C1", "1.0", null, "<@U1> hi")),
        Arguments.of(
            "message.im", JSON, SlackRequests.directMessage("Ev2", "U1", null, "1.0", "x")),
        Arguments.of("app_home_opened", JSON, SlackRequests.appHomeOpened("Ev3", "U1")),
        Arguments.of(
            "link_shared",
            JSON,
            SlackRequests.linkShared("Ev4", "C1", "1.0", "https://arxiv.org/abs/1")),
        Arguments.of(
            "reaction_added (not handled, still well-formed)",
            JSON,
            "{\"type\":\"event_callback\",\"event\":{\"type\":\"reaction_added\",\"user\":\"U1\"}}"),
        Arguments.of(
            "app_rate_limited", JSON, "{\"type\":\"app_rate_limited\",\"team_id\":\"T1\"}"),
        Arguments.of(
            "slash command", FORM, SlackRequests.slashCommand("hi", "https://hooks.slack.com/x")),
        Arguments.of(
            "button click", FORM, SlackRequests.moreButtonClick("v", "https://hooks.slack.com/x")),
        Arguments.of(
            "message shortcut",
            FORM,
            SlackRequests.messageShortcut("U1", "C1", "text", "https://hooks.slack.com/x")),
        Arguments.of(
            "view_submission",
            FORM,
            payload("{\"type\":\"view_submission\",\"user\":{\"id\":\"U1\"},\"view\":{}}")),
        Arguments.of("ssl_check", FORM, "ssl_check=1&token=x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wellFormed")
  void whatSlackSendsIsWellFormed(String why, String contentType, String body) {
    assertNull(SlackPayloads.problem(contentType, body), why);
  }

  static List<String> malformedJson() {
    return List.of(
        "[]",
        "null",
        "\"text\"",
        "{\"event\":null}",
        "{\"type\":1}",
        "{\"type\":\"event_callback\",\"event\":[]}",
        "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"ts\":\"1.0\"}}",
        "{\"type\":\"event_callback\",\"event\":{\"type\":\"link_shared\",\"links\":{}}}",
        "{\"type\":\"url_verification\"}",
        "{bad json",
        "[".repeat(100_000));
  }

  @ParameterizedTest
  @MethodSource("malformedJson")
  void malformedJsonIsNamed(String body) {
    assertNotNull(SlackPayloads.problem(JSON, body));
  }
}
