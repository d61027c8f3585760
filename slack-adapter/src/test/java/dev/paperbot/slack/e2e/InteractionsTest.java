package dev.paperbot.slack.e2e;

import static dev.paperbot.slack.testing.RunningBot.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import dev.paperbot.Answer;
import dev.paperbot.Feedback;
import dev.paperbot.Question;
import dev.paperbot.slack.render.BlockKitRenderer;
import dev.paperbot.slack.testing.FakeSlackApi;
import dev.paperbot.slack.testing.FixtureCore;
import dev.paperbot.slack.testing.Fixtures;
import dev.paperbot.slack.testing.InMemoryFeedback;
import dev.paperbot.slack.testing.RunningBot;
import dev.paperbot.slack.testing.SlackRequests;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The entry points beyond questions, end to end in HTTP mode with the real Bolt: 👍/👎 votes,
 * "Share with channel", thread follow-ups without a mention, App Home, the "Ask PaperBot" shortcut
 * and arXiv unfurls.
 */
class InteractionsTest {

  private static final String CHANNEL = "C0LAN2Q65";
  private static final String ASKER = "U2147483697";
  private static final String MENTIONER = "U061F7AUR";
  private static final String THREAD = "1515449522.000016";
  private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + "> ";

  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private final InMemoryFeedback feedback = new InMemoryFeedback();
  private RunningBot running;

  private FixtureCore start(FixtureCore core) throws Exception {
    running = RunningBot.http(core, feedback);
    return core;
  }

  @AfterEach
  void stop() throws Exception {
    if (running != null) {
      running.close();
    }
  }

  private HttpResponse<String> post(String contentType, String body) throws Exception {
    HttpResponse<String> ack = running.requests.postSigned(contentType, body);
    assertEquals(200, ack.statusCode(), ack.body());
    return ack;
  }

  private void mention(String eventId, String ts, String threadTs, String text) throws Exception {
    post(SlackRequests.JSON, SlackRequests.appMention(eventId, CHANNEL, ts, threadTs, BOT + text));
  }

  private static JsonObject button(JsonArray blocks, String actionId) {
    for (JsonElement block : blocks) {
      JsonObject b = block.getAsJsonObject();
      if (b.get("type").getAsString().equals("actions")) {
        for (JsonElement e : b.getAsJsonArray("elements")) {
          if (e.getAsJsonObject().get("action_id").getAsString().equals(actionId)) {
            return e.getAsJsonObject();
          }
        }
      }
    }
    return null;
  }

  private String click(String actionId, String value, String user, boolean ephemeral, String id)
      throws Exception {
    post(
        SlackRequests.FORM,
        SlackRequests.buttonClick(actionId, value, user, ephemeral, running.api.responseUrl(id)));
    return running.api.awaitCall("/response/" + id, TIMEOUT).bodyJson().toString();
  }

  @Test
  void everyAnswerCarriesVoteButtonsAndAVoteIsRecordedOnceAndChangedOnce() throws Exception {
    start(FixtureCore.alwaysFound());
    mention("EvVote", THREAD, null, "which paper introduced MLA?");
    FakeSlackApi.Call answer = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    JsonArray blocks = answer.json("blocks").getAsJsonArray();
    String ticket = button(blocks, BlockKitRenderer.VOTE_UP_ACTION_ID).get("value").getAsString();
    assertEquals(
        ticket, button(blocks, BlockKitRenderer.VOTE_DOWN_ACTION_ID).get("value").getAsString());
    assertEquals(
        new Question("which paper introduced MLA?", CHANNEL + ":" + THREAD),
        feedback.ticketed(ticket).question());

    String first = click(BlockKitRenderer.VOTE_UP_ACTION_ID, ticket, MENTIONER, false, "v1");
    String again = click(BlockKitRenderer.VOTE_UP_ACTION_ID, ticket, MENTIONER, false, "v2");
    String changed = click(BlockKitRenderer.VOTE_DOWN_ACTION_ID, ticket, MENTIONER, false, "v3");

    assertTrue(first.contains("Thanks for the feedback"), first);
    assertTrue(first.contains("\"response_type\":\"ephemeral\""), first);
    assertTrue(first.contains("\"replace_original\":false"), "the answer stays: " + first);
    assertTrue(again.contains("already voted"), again);
    assertTrue(changed.contains("Vote changed"), changed);
    assertEquals(0, feedback.count(ticket, Feedback.Vote.UP), "never counted twice");
    assertEquals(1, feedback.count(ticket, Feedback.Vote.DOWN));
  }

  @Test
  void aReplayedClickIsCountedOnce() throws Exception {
    start(FixtureCore.alwaysFound());
    mention("EvVote2", THREAD, null, "MLA?");
    JsonArray blocks =
        running.api.awaitCall("/api/chat.postMessage", TIMEOUT).json("blocks").getAsJsonArray();
    String ticket = button(blocks, BlockKitRenderer.VOTE_UP_ACTION_ID).get("value").getAsString();
    String click =
        SlackRequests.buttonClick(
            BlockKitRenderer.VOTE_UP_ACTION_ID,
            ticket,
            MENTIONER,
            false,
            running.api.responseUrl("once"));

    post(SlackRequests.FORM, click);
    post(SlackRequests.FORM, click);
    running.api.awaitCall("/response/once", TIMEOUT);
    mention("EvSentinel", "1515449999.000001", null, "sentinel");
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);

    assertEquals(1, running.api.calls("/response/once").size());
    assertEquals(1, feedback.count(ticket, Feedback.Vote.UP));
  }

  @Test
  void withoutAFeedbackStoreThereAreNoVoteButtons() throws Exception {
    running = RunningBot.http(FixtureCore.alwaysFound(), Feedback.none());

    mention("EvNoVote", THREAD, null, "MLA?");

    JsonArray blocks =
        running.api.awaitCall("/api/chat.postMessage", TIMEOUT).json("blocks").getAsJsonArray();
    assertNull(button(blocks, BlockKitRenderer.VOTE_UP_ACTION_ID));
  }

  @Test
  void aSharedSlashCommandAnswerPostsTheSameBlocksPubliclyUnderTheAskersName() throws Exception {
    start(FixtureCore.alwaysFound());
    post(SlackRequests.FORM, SlackRequests.slashCommand("MLA?", running.api.responseUrl("ask")));
    JsonObject privately =
        running.api.awaitCall("/response/ask", TIMEOUT).bodyJson().getAsJsonObject();
    assertEquals("ephemeral", privately.get("response_type").getAsString());
    JsonArray privateBlocks = privately.getAsJsonArray("blocks");
    String key = button(privateBlocks, BlockKitRenderer.SHARE_ACTION_ID).get("value").getAsString();

    post(
        SlackRequests.FORM,
        SlackRequests.buttonClick(
            BlockKitRenderer.SHARE_ACTION_ID, key, ASKER, true, running.api.responseUrl("share")));

    JsonObject shared =
        running.api.awaitCall("/response/share", TIMEOUT).bodyJson().getAsJsonObject();
    JsonObject deleted =
        running.api.awaitCall("/response/share", TIMEOUT).bodyJson().getAsJsonObject();
    assertEquals("in_channel", shared.get("response_type").getAsString());
    assertFalse(shared.get("replace_original").getAsBoolean());
    JsonArray sharedBlocks = shared.getAsJsonArray("blocks");
    assertTrue(
        sharedBlocks
            .get(0)
            .toString()
            .contains("{\"type\":\"user\",\"user_id\":\"" + ASKER + "\"}"),
        "attributed to the asker: " + sharedBlocks.get(0));
    JsonArray expected = privateBlocks.deepCopy();
    JsonObject buttons = expected.get(expected.size() - 1).getAsJsonObject();
    JsonArray elements = buttons.getAsJsonArray("elements");
    elements.remove(elements.size() - 1);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), sharedBlocks.get(i + 1), "block " + i + " differs");
    }
    assertEquals(expected.size() + 1, sharedBlocks.size());
    assertNull(button(sharedBlocks, BlockKitRenderer.SHARE_ACTION_ID), "shared once");
    assertNotNullVote(sharedBlocks);
    assertTrue(deleted.get("delete_original").getAsBoolean(), "the private copy goes away");
  }

  private static void assertNotNullVote(JsonArray blocks) {
    assertTrue(button(blocks, BlockKitRenderer.VOTE_UP_ACTION_ID) != null, "votes stay");
  }

  @Test
  void aShareKeyWorksOnceAndOnlyForItsAsker() throws Exception {
    start(FixtureCore.alwaysFound());
    post(SlackRequests.FORM, SlackRequests.slashCommand("MLA?", running.api.responseUrl("ask")));
    String key =
        button(
                running
                    .api
                    .awaitCall("/response/ask", TIMEOUT)
                    .bodyJson()
                    .getAsJsonObject()
                    .getAsJsonArray("blocks"),
                BlockKitRenderer.SHARE_ACTION_ID)
            .get("value")
            .getAsString();

    String stranger = click(BlockKitRenderer.SHARE_ACTION_ID, key, "U0STRANGER", true, "s1");
    String forged = click(BlockKitRenderer.SHARE_ACTION_ID, "forged-key", ASKER, true, "s2");

    assertTrue(stranger.contains("can no longer be shared"), stranger);
    assertTrue(stranger.contains("\"response_type\":\"ephemeral\""), stranger);
    assertTrue(forged.contains("can no longer be shared"), forged);
  }

  @Test
  void aNotFoundAnswerIsPrivateEverywhereAndNeverOfferedForSharing() throws Exception {
    start(new FixtureCore(q -> Fixtures.notFound()));

    post(
        SlackRequests.FORM,
        SlackRequests.slashCommand("capital of France?", running.api.responseUrl("nf")));
    mention("EvNf", THREAD, null, "capital of France?");

    JsonObject slash = running.api.awaitCall("/response/nf", TIMEOUT).bodyJson().getAsJsonObject();
    FakeSlackApi.Call ephemeral = running.api.awaitCall("/api/chat.postEphemeral", TIMEOUT);
    assertEquals("ephemeral", slash.get("response_type").getAsString());
    assertNull(button(slash.getAsJsonArray("blocks"), BlockKitRenderer.SHARE_ACTION_ID));
    assertEquals(MENTIONER, ephemeral.form().get("user"));
    assertEquals(THREAD, ephemeral.form().get("thread_ts"));
    assertEquals(List.of(), running.api.calls("/api/chat.postMessage"));
  }

  @Test
  void aThreadReplyWithoutAMentionIsAnsweredInAThreadTheBotAnsweredIn() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    mention("EvStart", THREAD, null, "which paper introduced MLA?");
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);

    post(
        SlackRequests.JSON,
        SlackRequests.channelMessage(
            "EvFollow",
            CHANNEL,
            MENTIONER,
            null,
            "1515449600.000100",
            THREAD,
            "and when was it published?"));

    FakeSlackApi.Call followUp = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(THREAD, followUp.form().get("thread_ts"));
    assertEquals(
        new Question("and when was it published?", CHANNEL + ":" + THREAD),
        core.questions().getLast());
  }

  @Test
  void repliesInOtherThreadsFromBotsTopLevelOrMentioningTheBotAreNotAnsweredAsFollowUps()
      throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    mention("EvStart", THREAD, null, "which paper introduced MLA?");
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);

    post(
        SlackRequests.JSON,
        SlackRequests.channelMessage(
            "EvOther", CHANNEL, MENTIONER, null, "1.000002", "1.000001", "unanswered thread"));
    post(
        SlackRequests.JSON,
        SlackRequests.channelMessage(
            "EvBot", CHANNEL, "U0BOT", "B0OTHER", "1515449600.000200", THREAD, "a bot's reply"));
    post(
        SlackRequests.JSON,
        SlackRequests.channelMessage(
            "EvTop", CHANNEL, MENTIONER, null, "1515449600.000300", null, "top level chatter"));
    post(
        SlackRequests.JSON,
        SlackRequests.channelMessage(
            "EvMention", CHANNEL, MENTIONER, null, "1515449600.000400", THREAD, BOT + "mentioned"));
    post(
        SlackRequests.JSON,
        SlackRequests.channelMessage(
            "EvLast", CHANNEL, MENTIONER, null, "1515449600.000500", THREAD, "sentinel"));

    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(
        List.of("which paper introduced MLA?", "sentinel"),
        core.questions().stream().map(Question::text).toList());
    assertEquals(2, running.api.calls("/api/chat.postMessage").size());
  }

  @Test
  void appHomeOpenedPublishesWhatTheBotDoesThePapersAndTheAskersRecentQuestions() throws Exception {
    start(FixtureCore.alwaysFound());
    post(
        SlackRequests.FORM,
        SlackRequests.slashCommand("what is MLA?", running.api.responseUrl("q")));
    running.api.awaitCall("/response/q", TIMEOUT);

    post(SlackRequests.JSON, SlackRequests.appHomeOpened("EvHome", ASKER));

    FakeSlackApi.Call publish = running.api.awaitCall("/api/views.publish", TIMEOUT);
    assertEquals(ASKER, publish.form().get("user_id"));
    assertEquals(
        GsonFactory.createSnakeCase()
            .toJsonTree(
                renderer.home(
                    Fixtures.help(), Fixtures.paperList(25).papers(), List.of("what is MLA?"))),
        JsonParser.parseString(publish.form().get("view")));
  }

  @Test
  void theShortcutAnswersTheMessageTextToTheUserOnlyInTheChannel() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    post(
        SlackRequests.FORM,
        SlackRequests.messageShortcut(
            ASKER, CHANNEL, "is DQ3_K_M from DeepSeek?", running.api.responseUrl("sc")));

    FakeSlackApi.Call reply = running.api.awaitCall("/api/chat.postEphemeral", TIMEOUT);
    assertEquals(CHANNEL, reply.form().get("channel"));
    assertEquals(ASKER, reply.form().get("user"));
    assertEquals("is DQ3_K_M from DeepSeek?", core.questions().getFirst().text());
    assertTrue(
        button(reply.json("blocks").getAsJsonArray(), BlockKitRenderer.SHARE_ACTION_ID) != null,
        "a found answer may be shared");
    assertEquals(List.of(), running.api.calls("/api/chat.postMessage"));
  }

  @Test
  void theShortcutWithoutAChannelAnswersInADirectMessage() throws Exception {
    start(FixtureCore.alwaysFound());

    post(
        SlackRequests.FORM,
        SlackRequests.messageShortcut(ASKER, null, "MLA?", running.api.responseUrl("dm")));

    FakeSlackApi.Call reply = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(ASKER, reply.form().get("channel"));
  }

  @Test
  void anArxivLinkToACorpusPaperUnfurlsAsItsCardAndOthersDoNot() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    String corpus = "https://arxiv.org/abs/2405.04434";
    String outside = "https://arxiv.org/abs/2101.00001";

    post(
        SlackRequests.JSON,
        SlackRequests.linkShared("EvLinks", CHANNEL, "1600000000.000200", corpus, outside));

    FakeSlackApi.Call unfurl = running.api.awaitCall("/api/chat.unfurl", TIMEOUT);
    assertEquals(CHANNEL, unfurl.form().get("channel"));
    assertEquals("1600000000.000200", unfurl.form().get("ts"));
    JsonObject unfurls = unfurl.json("unfurls").getAsJsonObject();
    assertEquals(List.of(corpus), List.copyOf(unfurls.keySet()));
    assertEquals(
        GsonFactory.createSnakeCase().toJsonTree(renderer.unfurl(Fixtures.deepseek())),
        unfurls.getAsJsonObject(corpus).get("blocks"));
    assertTrue(core.calls().contains("paperAt:" + outside), "asked, and the core said no");
  }

  @Test
  void aLinkToAPaperOutsideTheSetIsNotUnfurled() throws Exception {
    start(FixtureCore.alwaysFound());

    post(
        SlackRequests.JSON,
        SlackRequests.linkShared(
            "EvOut", CHANNEL, "1600000000.000300", "https://arxiv.org/abs/2101.00001"));
    mention("EvSentinel", "1515449999.000001", null, "sentinel");

    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(List.of(), running.api.calls("/api/chat.unfurl"));
  }

  @Test
  void aFoundAnswerToAMentionIsPublicInTheThreadWithVotesButNoShareButton() throws Exception {
    start(new FixtureCore(q -> Fixtures.paperCard()));

    mention("EvCard", THREAD, null, "the DeepSeek-V2 paper");

    FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    JsonArray blocks = post.json("blocks").getAsJsonArray();
    assertNull(button(blocks, BlockKitRenderer.SHARE_ACTION_ID));
    assertTrue(button(blocks, BlockKitRenderer.VOTE_UP_ACTION_ID) != null);
    assertEquals(
        Answer.Kind.TITLE_LOOKUP,
        feedback
            .ticketed(button(blocks, BlockKitRenderer.VOTE_UP_ACTION_ID).get("value").getAsString())
            .answer()
            .kind());
  }
}
