package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperbot.Operations;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.InMemoryFeedback;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /paper ask private:true}, then "Share with channel", through the real JDA. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareTest {
  private static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
  private static final int EPHEMERAL = 64;

  private RunningBot running;
  private FakeDiscord discord;

  @BeforeAll
  void start() throws Exception {
    running =
        RunningBot.start(
            new FakeCore(), new InMemoryFeedback(), Operations.none(), Map.of(), RunningBot.TIMING);
    discord = running.discord;
  }

  @AfterAll
  void stop() throws Exception {
    running.close();
  }

  @Test
  void aPrivateAnswerOffersShareWithChannel() throws Exception {
    long id = discord.slash("ask", "question", "what is MLA?", "private", true);

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();

    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    assertTrue(buttonIds(callback.at("/data/components")).contains("share"), callback::toString);
  }

  @Test
  void sharingPostsTheSameEmbedPubliclyAttributedToTheAskerWithoutPingingAnyone() throws Exception {
    long ask = discord.slash("ask", "question", "which paper introduced MLA?", "private", true);
    JsonNode privately = discord.rest.await(callbackOf(ask), RunningBot.WAIT).json();

    long click = discord.click("share", FakeDiscord.answerMessage(privately, ask));

    JsonNode shared = discord.rest.await(callbackOf(click), RunningBot.WAIT).json();
    assertEquals(CHANNEL_MESSAGE_WITH_SOURCE, shared.get("type").asInt());
    assertEquals(0, shared.at("/data/flags").asInt(0) & EPHEMERAL, "public");
    assertEquals(privately.at("/data/embeds"), withoutType(shared.at("/data/embeds")));
    assertEquals("Shared by <@" + Ids.USER_ID + ">", shared.at("/data/content").asText());
    JsonNode allowed = shared.at("/data/allowed_mentions");
    assertEquals(0, allowed.get("parse").size(), allowed::toString);
    assertFalse(allowed.has("users") && allowed.get("users").size() > 0, allowed::toString);
    List<String> ids = buttonIds(shared.at("/data/components"));
    assertFalse(ids.contains("share"), "no second share from the channel");
    assertTrue(ids.stream().anyMatch(i -> i.startsWith("fb:up:")), "votes kept: " + ids);
  }

  @Test
  void aPrivateListPagesInPlaceKeepingItsVoteAndShareButtons() throws Exception {
    long ask = discord.slash("ask", "question", FakeCore.LIST + " private", "private", true);
    JsonNode first = discord.rest.await(callbackOf(ask), RunningBot.WAIT).json();
    assertEquals(EPHEMERAL, first.at("/data/flags").asInt() & EPHEMERAL);
    String next = first.at("/data/components/0/components/1/custom_id").asText();

    long click = discord.click(next, FakeDiscord.answerMessage(first, ask));

    JsonNode page2 = discord.rest.await(callbackOf(click), RunningBot.WAIT).json();
    assertTrue(page2.at("/data/embeds/0/footer/text").asText().contains("Page 2 of 3"));
    assertEquals(first.at("/data/components/1"), page2.at("/data/components/1"), "votes, share");
    assertTrue(buttonIds(page2.at("/data/components")).contains("share"));
  }

  @Test
  void aPrivateNotFoundIsForTheAskerAloneAndOffersNoShare() throws Exception {
    long id = discord.slash("ask", "question", FakeCore.UNKNOWN + " x", "private", true);

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();

    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    assertFalse(buttonIds(callback.at("/data/components")).contains("share"));
  }

  @Test
  void aPublicNotFoundIsEphemeralAsTheCoreSays() throws Exception {
    long id = discord.slash("ask", "question", FakeCore.UNKNOWN + " y");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();

    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    assertFalse(buttonIds(callback.at("/data/components")).contains("share"));
  }

  /** JDA types the embeds it re-sends ("rich"); the bot's original sent none. */
  private static JsonNode withoutType(JsonNode embeds) {
    JsonNode copy = embeds.deepCopy();
    copy.forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove("type"));
    return copy;
  }

  static List<String> buttonIds(JsonNode rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(row -> row.get("components").forEach(b -> ids.add(b.path("custom_id").asText())));
    return ids;
  }
}
