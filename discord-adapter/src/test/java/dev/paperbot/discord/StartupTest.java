package dev.paperbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.FakeGateway;
import dev.paperbot.discord.fake.Ids;
import dev.paperbot.discord.fake.Payloads;
import dev.paperbot.discord.fake.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Start-up against the fake Discord: log in, READY, register /paper, print the invite. */
class StartupTest {
  private static final Predicate<RecordedRequest> GUILD_COMMANDS =
      r -> r.is("PUT", "applications/" + Ids.APP_ID + "/guilds/" + Ids.GUILD_ID + "/commands");
  private static final Predicate<RecordedRequest> GLOBAL_COMMANDS =
      r -> r.is("PUT", "applications/" + Ids.APP_ID + "/commands");

  @Test
  void registersExactlyPaperAskShowListHelpOnTheConfiguredGuild() throws Exception {
    try (RunningBot running =
        RunningBot.start(
            new FakeCore(),
            Map.of(DiscordConfig.GUILD_ID, Long.toString(Ids.GUILD_ID)),
            RunningBot.TIMING)) {
      JsonNode commands = running.discord.rest.await(GUILD_COMMANDS, RunningBot.WAIT).json();

      assertEquals(List.of("paper", "Ask PaperBot"), names(commands));
      assertEquals(3, commands.get(1).get("type").asInt(), "a message command");
      JsonNode paper = commands.get(0);
      assertEquals("paper", paper.get("name").asText());
      assertEquals(List.of("ask", "show", "list", "help"), names(paper.get("options")));
      JsonNode ask = paper.get("options").get(0);
      assertEquals(List.of("question", "private"), names(ask.get("options")));
      assertTrue(ask.get("options").get(0).get("required").asBoolean());
      assertTrue(ask.get("options").get(0).get("autocomplete").asBoolean());
      assertEquals(3, ask.get("options").get(0).get("type").asInt(), "question is a string");
      assertEquals(5, ask.get("options").get(1).get("type").asInt(), "private is a boolean");
      JsonNode show = paper.get("options").get(1).get("options").get(0);
      assertEquals("paper", show.get("name").asText());
      assertTrue(show.get("autocomplete").asBoolean());
      assertTrue(running.discord.rest.requests(GLOBAL_COMMANDS).isEmpty());
    }
  }

  @Test
  void registersGloballyWhenNoGuildIsConfigured() throws Exception {
    try (RunningBot running = RunningBot.start(new FakeCore())) {
      JsonNode commands = running.discord.rest.await(GLOBAL_COMMANDS, RunningBot.WAIT).json();

      assertEquals(List.of("paper", "Ask PaperBot"), names(commands));
      assertTrue(running.discord.rest.requests(GUILD_COMMANDS).isEmpty());
    }
  }

  @Test
  void identifiesWithOnlyGuildMessagesAndDirectMessagesPlusJdasGuildsAndNoMessageContent()
      throws Exception {
    try (RunningBot running = RunningBot.start(new FakeCore())) {
      JsonNode identify =
          running.discord.gateway.awaitReceived(FakeGateway.op(2), 1, RunningBot.WAIT);

      int guilds = 1; // JDA always adds GUILDS: it needs the guild to register commands on
      int guildMessages = 1 << 9;
      int directMessages = 1 << 12;
      int intents = identify.get("d").get("intents").asInt();
      assertEquals(guilds | guildMessages | directMessages, intents);
      assertEquals(0, intents & FakeGateway.MESSAGE_CONTENT, "MESSAGE_CONTENT is not requested");
    }
  }

  @Test
  void theFakeWithholdsMessageTextAsDiscordDoesForABotWithoutMessageContent() throws Exception {
    // What makes the mention, DM and reply tests a proof: they pass against this behaviour.
    try (RunningBot running = RunningBot.start(new FakeCore())) {
      running.discord.gateway.awaitReceived(FakeGateway.op(2), 1, RunningBot.WAIT);
      assertEquals(0, running.discord.gateway.identifiedIntents() & FakeGateway.MESSAGE_CONTENT);
    }
    var chatter = Payloads.message(1, Ids.USER_ID, false, "no mention here", false, true, null);
    var mention = Payloads.message(2, Ids.USER_ID, false, "<@1> hi", true, true, null);
    var dm = Payloads.message(3, Ids.USER_ID, false, "a DM", false, false, null);
    var replyWithoutPing =
        Payloads.message(4, Ids.USER_ID, false, "and then?", false, true, mention);

    assertEquals("", FakeGateway.withoutContent(chatter).get("content").asText());
    assertEquals("<@1> hi", FakeGateway.withoutContent(mention).get("content").asText());
    assertEquals("a DM", FakeGateway.withoutContent(dm).get("content").asText());
    assertEquals("", FakeGateway.withoutContent(replyWithoutPing).get("content").asText());
    assertEquals(
        "<@1> hi",
        FakeGateway.withoutContent(replyWithoutPing).at("/referenced_message/content").asText());
  }

  @Test
  void invitesWithScopesBotAndApplicationsCommandsAndOnlyTheNeededPermissions() throws Exception {
    try (RunningBot running = RunningBot.start(new FakeCore())) {
      // View Channel 1024, Send Messages 2048, Embed Links 16384, Read Message History 65536,
      // Send Messages in Threads 274877906944.
      long permissions = 1024L + 2048L + 16384L + 65536L + 274877906944L;
      assertEquals(
          "https://discord.com/oauth2/authorize?client_id="
              + Ids.APP_ID
              + "&scope=bot+applications.commands&permissions="
              + permissions,
          running.bot.inviteUrl());
    }
  }

  @Test
  void aRejectedTokenStopsStartupSayingWhereToGetOneWithoutEchoingIt() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.rest.acceptToken("some-other-token");

      StartupException e =
          assertThrows(
              StartupException.class,
              () ->
                  DiscordBot.start(
                      DiscordConfig.fromEnv(discord.env()), new FakeCore(), RunningBot.TIMING));

      assertTrue(e.getMessage().contains("Discord rejected DISCORD_TOKEN"), e.getMessage());
      assertTrue(e.getMessage().contains("Bot > Reset Token"), e.getMessage());
      assertFalse(e.getMessage().contains(Ids.TOKEN), e.getMessage());
      assertTrue(discord.gateway.received(FakeGateway.op(2)).isEmpty(), "no IDENTIFY");
    }
  }

  @Test
  void refusedIntentsStopStartupNamingCode4014WithoutSendingTheOperatorToASwitch()
      throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.gateway.refuseIdentify(4014);

      StartupException e =
          assertThrows(
              StartupException.class,
              () ->
                  DiscordBot.start(
                      DiscordConfig.fromEnv(discord.env()), new FakeCore(), RunningBot.TIMING));

      assertTrue(e.getMessage().contains("4014"), e.getMessage());
      assertFalse(e.getMessage().contains("MESSAGE CONTENT"), e.getMessage());
      assertFalse(e.getMessage().contains("Enable"), e.getMessage());
    }
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.get("name").asText()));
    return names;
  }
}
