package dev.paperbot.discord.e2e;

import static dev.paperbot.discord.fake.FakeDiscord.callbackOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Answer;
import dev.paperbot.PageToken;
import dev.paperbot.Question;
import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.Fixtures;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.Ids;
import dev.paperbot.discord.fake.RecordedRequest;
import dev.paperbot.discord.handle.Controls;
import dev.paperbot.discord.render.EmbedRenderer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /paper ask|show|list|help} through the real JDA and the fake Discord. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlashCommandTest {
  private static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
  private static final int DEFERRED_CHANNEL_MESSAGE = 5;
  private static final int UPDATE_MESSAGE = 7;
  private static final int AUTOCOMPLETE_RESULT = 8;
  private static final int EPHEMERAL = 64;

  private final EmbedRenderer renderer = new EmbedRenderer();
  private final GatedCore core = new GatedCore();
  private RunningBot running;
  private FakeDiscord discord;

  /** Questions starting with "slow:" wait for the test to let them through. */
  static final class GatedCore extends FakeCore {
    final CountDownLatch gate = new CountDownLatch(1);
    final CountDownLatch showGate = new CountDownLatch(1);

    @Override
    public Answer answer(Question question) {
      if (question.text().startsWith("slow:")) {
        try {
          if (!gate.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("test never opened the gate");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      if (question.text().startsWith("fail:")) {
        throw new IllegalStateException("index on fire at /secret/path");
      }
      return super.answer(question);
    }

    @Override
    public Answer show(String idOrTitleWords) {
      if (idOrTitleWords.startsWith("slow:")) {
        try {
          if (!showGate.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("test never opened the gate");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return super.show(idOrTitleWords);
    }
  }

  @BeforeAll
  void start() throws Exception {
    running = RunningBot.start(core);
    discord = running.discord;
  }

  @AfterAll
  void stop() throws Exception {
    running.close();
  }

  @Test
  void askAnswersInTheCallbackWithTheRenderedEmbed() throws Exception {
    String question = "which paper introduced MLA?";

    long id = discord.slash("ask", "question", question);

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(CHANNEL_MESSAGE_WITH_SOURCE, callback.get("type").asInt());
    JsonNode expected = Json.of(renderer.render(FakeCore.answerFor(question)));
    assertEquals(List.of(expected), List.copyOf(toList(callback.at("/data/embeds"))));
    assertEquals(0, callback.at("/data/flags").asInt(0) & EPHEMERAL, "public");
  }

  @Test
  void askPassesTheQuestionAndAPerUserPerChannelConversation() throws Exception {
    long id = discord.slash("ask", "question", "and when was it published?");

    discord.rest.await(callbackOf(id), RunningBot.WAIT);
    Question asked =
        core.questions.stream()
            .filter(q -> q.text().equals("and when was it published?"))
            .findFirst()
            .orElseThrow();
    assertEquals("discord:slash:" + Ids.CHANNEL_ID + ":" + Ids.USER_ID, asked.conversation());
  }

  @Test
  void askWithPrivateTrueAnswersOnlyTheAsker() throws Exception {
    long id = discord.slash("ask", "question", "private one", "private", true);

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
  }

  @Test
  void aSlowAnswerIsDeferredWithinTheBudgetThenEditsTheDeferredReply() throws Exception {
    String question = "slow: what is MLA?";

    long id = discord.slash("ask", "question", question);

    JsonNode deferral = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(DEFERRED_CHANNEL_MESSAGE, deferral.get("type").asInt());
    core.gate.countDown();
    RecordedRequest edit =
        discord.rest.await(
            r ->
                r.is(
                    "PATCH",
                    "webhooks/" + Ids.APP_ID + "/" + FakeDiscord.token(id) + "/messages/@original"),
            RunningBot.WAIT);
    JsonNode expected = Json.of(renderer.render(FakeCore.answerFor(question)));
    assertEquals(expected, edit.json().at("/embeds/0"));
    assertEquals(1, discord.rest.requests(callbackOf(id)).size(), "acknowledged exactly once");
  }

  @Test
  void aSlowNotFoundReplacesThePublicDeferralWithAPrivateFollowUp() throws Exception {
    long id = discord.slash("show", "paper", "slow: no such paper");

    JsonNode deferral = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(DEFERRED_CHANNEL_MESSAGE, deferral.get("type").asInt());
    assertEquals(0, deferral.at("/data/flags").asInt(0) & EPHEMERAL, "deferred in public");
    core.showGate.countDown();
    String webhook = "webhooks/" + Ids.APP_ID + "/" + FakeDiscord.token(id);
    discord.rest.await(r -> r.is("DELETE", webhook + "/messages/@original"), RunningBot.WAIT);
    RecordedRequest followUp = discord.rest.await(r -> r.is("POST", webhook), RunningBot.WAIT);
    assertEquals(EPHEMERAL, followUp.json().path("flags").asInt() & EPHEMERAL);
    assertEquals(
        "No paper matches slow: no such paper.", followUp.json().at("/embeds/0/title").asText());
  }

  @Test
  void anUnknownSubcommandGetsAPrivateHint() throws Exception {
    long id = discord.slash("delete-everything");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    assertTrue(
        callback.at("/data/embeds/0/title").asText().startsWith("I don't know that command"));
  }

  @Test
  void aFailingCoreGetsABriefPrivateApologyAndNoDetails() throws Exception {
    long id = discord.slash("ask", "question", "fail: please");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    String title = callback.at("/data/embeds/0/title").asText();
    assertTrue(title.startsWith("Something went wrong"), title);
    assertFalse(callback.toString().contains("/secret/path"), callback::toString);
  }

  @Test
  void showAutocompleteOffersAtMost25MatchingChoicesWithShortNames() throws Exception {
    long id = discord.autocomplete("number 1");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(AUTOCOMPLETE_RESULT, callback.get("type").asInt());
    List<JsonNode> choices = toList(callback.at("/data/choices"));
    // "Paper number 1", "…10" to "…19": eleven of the 23.
    assertEquals(11, choices.size(), callback::toString);
    assertEquals("2403.00001", choices.getFirst().get("value").asText());
    assertEquals(
        "Paper number 1 on *mixtures* of_experts (2403.00001)",
        choices.getFirst().get("name").asText());
    choices.forEach(c -> assertTrue(c.get("name").asText().length() <= 100));
  }

  @Test
  void showAutocompleteWithNothingTypedIsCappedAt25() throws Exception {
    long id = discord.autocomplete("");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(23, toList(callback.at("/data/choices")).size());
  }

  @Test
  void showRendersTheChosenPaper() throws Exception {
    long id = discord.slash("show", "paper", "2403.00002");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    JsonNode expected = Json.of(renderer.render(core.show("2403.00002")));
    assertEquals(expected, callback.at("/data/embeds/0"));
    assertEquals(0, callback.at("/data/flags").asInt(0) & EPHEMERAL);
  }

  @Test
  void showOfAnUnknownPaperIsNotFoundAndPrivate() throws Exception {
    long id = discord.slash("show", "paper", "no such paper");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    assertEquals("No paper matches no such paper.", callback.at("/data/embeds/0/title").asText());
  }

  @Test
  void listShowsPageOneWithPreviousDisabledAndNextLeadingToPageTwo() throws Exception {
    long id = discord.slash("list");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    JsonNode expected = Json.of(renderer.page(Fixtures.paperList(), 1).embed());
    assertEquals(expected, callback.at("/data/embeds/0"));
    JsonNode buttons = callback.at("/data/components/0/components");
    assertEquals("Previous", buttons.get(0).get("label").asText());
    assertTrue(buttons.get(0).get("disabled").asBoolean());
    assertEquals(
        Optional.of(PageToken.list().at(10)), pageOf(buttons.get(1).get("custom_id").asText()));
    assertFalse(buttons.get(1).get("disabled").asBoolean());
  }

  @Test
  void clickingNextUpdatesTheMessageToPageTwoWithBothButtonsEnabled() throws Exception {
    long list = discord.slash("list");
    RecordedRequest first = discord.rest.await(callbackOf(list), RunningBot.WAIT);
    ObjectNode message = botMessage(first);

    long click = discord.click(nextId(first), message);

    JsonNode callback = discord.rest.await(callbackOf(click), RunningBot.WAIT).json();
    assertEquals(UPDATE_MESSAGE, callback.get("type").asInt());
    JsonNode expected = Json.of(renderer.page(Fixtures.paperList(), 2).embed());
    assertEquals(expected, callback.at("/data/embeds/0"));
    JsonNode buttons = callback.at("/data/components/0/components");
    assertEquals(
        Optional.of(PageToken.list().at(0)), pageOf(buttons.get(0).get("custom_id").asText()));
    assertFalse(buttons.get(0).get("disabled").asBoolean());
    assertEquals(
        Optional.of(PageToken.list().at(20)), pageOf(buttons.get(1).get("custom_id").asText()));
    assertFalse(buttons.get(1).get("disabled").asBoolean());
  }

  @Test
  void theLastPageDisablesNext() throws Exception {
    long list = discord.slash("list");
    ObjectNode message = botMessage(discord.rest.await(callbackOf(list), RunningBot.WAIT));

    long click = discord.click("paper-list:next:3", message); // an id from before page tokens

    JsonNode buttons =
        discord
            .rest
            .await(callbackOf(click), RunningBot.WAIT)
            .json()
            .at("/data/components/0/components");
    assertTrue(buttons.get(1).get("disabled").asBoolean());
    assertEquals(
        "Page 3 of 3 · 23 papers",
        footerOf(discord.rest.await(callbackOf(click), RunningBot.WAIT)));
  }

  @Test
  void helpIsShownOnlyToTheAsker() throws Exception {
    long id = discord.slash("help");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    assertEquals(EPHEMERAL, callback.at("/data/flags").asInt() & EPHEMERAL);
    assertEquals(Json.of(renderer.render(Fixtures.help())), callback.at("/data/embeds/0"));
  }

  @Test
  void everyInteractionReplyParsesNoMentions() throws Exception {
    long id = discord.slash("ask", "question", "@everyone <@&123> hi");

    JsonNode callback = discord.rest.await(callbackOf(id), RunningBot.WAIT).json();
    JsonNode allowed = callback.at("/data/allowed_mentions");
    assertEquals(0, allowed.get("parse").size(), allowed::toString);
    assertFalse(allowed.has("users") && allowed.get("users").size() > 0);
    assertFalse(allowed.has("roles") && allowed.get("roles").size() > 0);
  }

  private static String nextId(RecordedRequest callback) {
    return callback.json().at("/data/components/0/components/1/custom_id").asText();
  }

  private static Optional<PageToken> pageOf(String customId) {
    return Controls.pageToken(customId);
  }

  private static String footerOf(RecordedRequest callback) {
    String text = callback.json().at("/data/embeds/0/footer/text").asText();
    return text.substring("PaperBot · ".length());
  }

  /** The bot's message as it would appear in a component interaction. */
  private static ObjectNode botMessage(RecordedRequest callback) {
    return FakeDiscord.answerMessage(callback.json(), 1);
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> list = new java.util.ArrayList<>();
    array.forEach(list::add);
    return list;
  }
}
