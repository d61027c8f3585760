package dev.paperbot.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.slack.SlackBot;
import dev.paperbot.slack.SlackSettings;
import dev.paperbot.slack.testing.FakeSlackApi;
import dev.paperbot.slack.testing.FixtureCore;
import dev.paperbot.slack.testing.SlackRequests;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Start-up fails fast, naming the variable to fix, when Slack refuses a token. */
class StartupTest {

  @Test
  void aBotTokenSlackRefusesStopsStartUpNamingSlackBotToken() throws Exception {
    try (FakeSlackApi api = new FakeSlackApi()) {
      api.rejectBotToken();
      SlackSettings settings =
          new SlackSettings(
              "xoxb-revoked-token",
              null,
              SlackRequests.SIGNING_SECRET,
              0,
              api.apiUrl(),
              InetAddress.getLoopbackAddress());

      SlackBot.StartException e =
          assertThrows(
              SlackBot.StartException.class,
              () ->
                  SlackBot.start(
                      settings, FixtureCore.alwaysFound(), Feedback.none(), Operations.none()));

      assertTrue(e.getMessage().startsWith("SLACK_BOT_TOKEN was not accepted"), e.getMessage());
      assertTrue(e.getMessage().contains("invalid_auth"), e.getMessage());
      assertFalse(e.getMessage().contains("xoxb-revoked-token"), e.getMessage());
    }
  }

  @Test
  void anAppTokenSlackRefusesStopsStartUpNamingSlackAppToken() throws Exception {
    try (FakeSlackApi api = new FakeSlackApi()) {
      // No Socket Mode URL configured: apps.connections.open answers invalid_auth.
      SlackSettings settings =
          new SlackSettings(
              "xoxb-test-token",
              "xapp-1-revoked",
              null,
              0,
              api.apiUrl(),
              InetAddress.getLoopbackAddress());

      SlackBot.StartException e =
          assertThrows(
              SlackBot.StartException.class,
              () ->
                  SlackBot.start(
                      settings, FixtureCore.alwaysFound(), Feedback.none(), Operations.none()));

      assertTrue(e.getMessage().startsWith("SLACK_APP_TOKEN was not accepted"), e.getMessage());
      assertFalse(e.getMessage().contains("xapp-1-revoked"), e.getMessage());
      assertEquals(1, api.calls("/api/apps.connections.open").size());
    }
  }

  @Test
  void anUnreachableWebApiIsReportedAsSuchWithoutTheCredentialsInItsUrl() {
    SlackSettings settings =
        new SlackSettings(
            "xoxb-test-token",
            null,
            SlackRequests.SIGNING_SECRET,
            0,
            "http://user:hunter2@127.0.0.1:1/api/",
            InetAddress.getLoopbackAddress());

    SlackBot.StartException e =
        assertThrows(
            SlackBot.StartException.class,
            () ->
                SlackBot.start(
                    settings, FixtureCore.alwaysFound(), Feedback.none(), Operations.none()));

    assertTrue(e.getMessage().startsWith("Could not reach the Slack Web API"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), "credentials in: " + e.getMessage());
    assertTrue(e.getMessage().contains("http://(redacted)@127.0.0.1:1/api/"), e.getMessage());
  }
}
