package dev.paperbot.slack.e2e;

import static dev.paperbot.slack.testing.RunningBot.TIMEOUT;
import static dev.paperbot.slack.testing.RunningBot.assertSameBlocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.paperbot.Answer;
import dev.paperbot.PageToken;
import dev.paperbot.Question;
import dev.paperbot.slack.render.BlockKitRenderer;
import dev.paperbot.slack.testing.FakeSlackApi;
import dev.paperbot.slack.testing.FixtureCore;
import dev.paperbot.slack.testing.Fixtures;
import dev.paperbot.slack.testing.RunningBot;
import dev.paperbot.slack.testing.SlackLimits;
import dev.paperbot.slack.testing.SlackRequests;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HTTP (Events API) mode, end to end: signed requests in, Web API calls out, all on loopback. */
class HttpModeTest {

  private static final String CHANNEL = "C0LAN2Q65";
  private static final String MENTION_TS = "1515449522.000016";
  private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + "> ";

  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private RunningBot running;

  private FixtureCore start(FixtureCore core) throws Exception {
    running = RunningBot.http(core);
    return core;
  }

  @AfterEach
  void stop() throws Exception {
    if (running != null) {
      running.close();
    }
  }

  private HttpResponse<String> mention(String eventId, String ts, String threadTs, String text)
      throws Exception {
    return running.requests.postSigned(
        SlackRequests.JSON, SlackRequests.appMention(eventId, CHANNEL, ts, threadTs, text));
  }

  @Test
  void signedSlashCommandIsAckedThenAnsweredToTheAskerWithAShareButton() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    String question = "which paper introduced MLA?";

    HttpResponse<String> ack =
        running.requests.postSigned(
            SlackRequests.FORM,
            SlackRequests.slashCommand(question, running.api.responseUrl("cmd1")));

    assertEquals(200, ack.statusCode());
    assertEquals("", ack.body(), "an empty ack; the answer follows on the response_url");
    JsonObject reply =
        running.api.awaitCall("/response/cmd1", TIMEOUT).bodyJson().getAsJsonObject();
    assertEquals("ephemeral", reply.get("response_type").getAsString());
    String conversation = "C2147483705:U2147483697";
    assertEquals(List.of(new Question(question, conversation)), core.questions());
    var blocks = reply.getAsJsonArray("blocks");
    JsonObject buttons = blocks.remove(blocks.size() - 1).getAsJsonObject();
    assertSameBlocks(
        renderer.render(
            Fixtures.found(),
            new BlockKitRenderer.Context(
                "U2147483697", question, PageToken.question(question, conversation))),
        blocks);
    assertEquals(
        BlockKitRenderer.SHARE_ACTION_ID,
        buttons.getAsJsonArray("elements").get(0).getAsJsonObject().get("action_id").getAsString(),
        "Feedback.none() gives no ticket, so Share is the only button");
  }

  @Test
  void slashCommandHelpIsVisibleToTheAskerOnly() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    running.requests.postSigned(
        SlackRequests.FORM, SlackRequests.slashCommand("help", running.api.responseUrl("h")));

    JsonObject reply = running.api.awaitCall("/response/h", TIMEOUT).bodyJson().getAsJsonObject();
    assertEquals("ephemeral", reply.get("response_type").getAsString());
    assertEquals(List.of("help"), core.calls());
    assertSameBlocks(renderer.render(Fixtures.help()), reply.get("blocks"));
  }

  @Test
  void slashCommandWithNoTextShowsHelp() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    running.requests.postSigned(
        SlackRequests.FORM, SlackRequests.slashCommand("", running.api.responseUrl("empty")));

    running.api.awaitCall("/response/empty", TIMEOUT);
    assertEquals(List.of("help"), core.calls());
  }

  @Test
  void slashCommandShowAsksTheCoreForThatPaper() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    running.requests.postSigned(
        SlackRequests.FORM,
        SlackRequests.slashCommand("show 2405.04434", running.api.responseUrl("show")));

    running.api.awaitCall("/response/show", TIMEOUT);
    assertEquals(List.of("show:2405.04434"), core.calls());
  }

  @Test
  void slashCommandListIsPagedAndItsMoreButtonShowsTheNextPage() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    running.requests.postSigned(
        SlackRequests.FORM, SlackRequests.slashCommand("list", running.api.responseUrl("l1")));
    JsonObject firstPage =
        running.api.awaitCall("/response/l1", TIMEOUT).bodyJson().getAsJsonObject();
    String value = moreButtonValue(firstPage);

    HttpResponse<String> ack =
        running.requests.postSigned(
            SlackRequests.FORM,
            SlackRequests.moreButtonClick(value, running.api.responseUrl("l2")));

    assertEquals(200, ack.statusCode());
    JsonObject secondPage =
        running.api.awaitCall("/response/l2", TIMEOUT).bodyJson().getAsJsonObject();
    assertTrue(secondPage.get("replace_original").getAsBoolean());
    assertSameBlocks(
        renderer.render(
            Fixtures.paperList(25),
            BlockKitRenderer.Context.page(PageToken.list().at(BlockKitRenderer.PAGE_SIZE))),
        secondPage.get("blocks"));
    assertEquals(List.of("list", "list"), core.calls());
  }

  private static String moreButtonValue(JsonObject reply) {
    for (var block : reply.getAsJsonArray("blocks")) {
      JsonObject b = block.getAsJsonObject();
      if (b.get("type").getAsString().equals("actions")) {
        return b.getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
      }
    }
    throw new AssertionError("no More button in " + reply);
  }

  @Test
  void appMentionIsAnsweredInAThreadUnderTheMention() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    HttpResponse<String> ack = mention("Ev0LAN670R", MENTION_TS, null, BOT + "who made MLA?");

    assertEquals(200, ack.statusCode());
    FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(CHANNEL, post.form().get("channel"));
    assertEquals(MENTION_TS, post.form().get("thread_ts"));
    assertEquals("0", post.form().get("unfurl_links"), "Bolt sends false as 0");
    assertEquals("0", post.form().get("unfurl_media"));
    String conversation = CHANNEL + ":" + MENTION_TS;
    assertEquals(List.of(new Question("who made MLA?", conversation)), core.questions());
    assertSameBlocks(
        renderer.render(
            Fixtures.found(),
            BlockKitRenderer.Context.page(PageToken.question("who made MLA?", conversation))),
        post.json("blocks"));
    assertEquals(renderer.render(Fixtures.found()).text(), post.form().get("text"));
  }

  @Test
  void followUpMentionInTheSameThreadSharesTheThreadsConversation() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    mention("Ev1", MENTION_TS, null, BOT + "which paper introduced MLA?");
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);

    mention("Ev2", "1515449600.000100", MENTION_TS, BOT + "and when was it published?");

    FakeSlackApi.Call followUp = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(MENTION_TS, followUp.form().get("thread_ts"));
    assertEquals(
        List.of(CHANNEL + ":" + MENTION_TS, CHANNEL + ":" + MENTION_TS),
        core.questions().stream().map(Question::conversation).toList());
  }

  @Test
  void directMessageIsAnsweredWithoutAMention() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    running.requests.postSigned(
        SlackRequests.JSON,
        SlackRequests.directMessage(
            "EvDM1", "U061F7AUR", null, "1355517523.000005", "what is MLA?"));

    FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals("D024BE91L", post.form().get("channel"));
    assertNull(post.form().get("thread_ts"), "a DM is answered in the conversation, not a thread");
    assertEquals("what is MLA?", core.questions().getFirst().text());
  }

  @Test
  void messagesFromBotsAndFromItselfAreNotAnswered() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    running.requests.postSigned(
        SlackRequests.JSON,
        SlackRequests.directMessage("EvBot", "U0OTHERBOT", "B0OTHER", "1.000001", "hello bot"));
    running.requests.postSigned(
        SlackRequests.JSON,
        SlackRequests.directMessage(
            "EvSelf", FakeSlackApi.BOT_USER_ID, null, "1.000002", "my own reply"));

    // A human's message after them: once it is answered, the earlier events were long decided.
    running.requests.postSigned(
        SlackRequests.JSON,
        SlackRequests.directMessage("EvHuman", "U061F7AUR", null, "1.000003", "sentinel"));

    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(List.of("sentinel"), core.questions().stream().map(Question::text).toList());
    assertEquals(1, running.api.calls("/api/chat.postMessage").size());
  }

  @Test
  void aRetriedEventWithTheSameEventIdIsAnsweredOnce() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    String body = SlackRequests.appMention("EvRetry", CHANNEL, MENTION_TS, null, BOT + "MLA?");
    running.requests.postSigned(SlackRequests.JSON, body);
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> retry =
        running.requests.post(
            SlackRequests.JSON,
            body,
            Map.of(
                "X-Slack-Request-Timestamp",
                Long.toString(now),
                "X-Slack-Signature",
                SlackRequests.signature(SlackRequests.SIGNING_SECRET, now, body),
                "X-Slack-Retry-Num",
                "1",
                "X-Slack-Retry-Reason",
                "http_timeout"));
    assertEquals(200, retry.statusCode(), "a retry is acked, or Slack keeps retrying");

    mention("EvSentinel", "1515449999.000001", null, BOT + "sentinel");

    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(2, running.api.calls("/api/chat.postMessage").size());
    assertEquals(
        List.of("MLA?", "sentinel"), core.questions().stream().map(Question::text).toList());
  }

  /** Ways a request can fail verification. */
  enum BadSignature {
    UNSIGNED,
    WRONG_SECRET,
    TAMPERED_BODY,
    STALE_TIMESTAMP
  }

  @ParameterizedTest
  @EnumSource(BadSignature.class)
  void requestsThatFailVerificationGet401AndNoReply(BadSignature bad) throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());
    String body = SlackRequests.appMention("EvBad", CHANNEL, MENTION_TS, null, BOT + "MLA?");
    long now = Instant.now().getEpochSecond();
    Map<String, String> headers =
        switch (bad) {
          case UNSIGNED -> Map.of();
          case WRONG_SECRET -> signedHeaders("not-the-secret", now, body);
          case TAMPERED_BODY -> signedHeaders(SlackRequests.SIGNING_SECRET, now, body + " ");
          case STALE_TIMESTAMP -> signedHeaders(SlackRequests.SIGNING_SECRET, now - 301, body);
        };

    HttpResponse<String> response = running.requests.post(SlackRequests.JSON, body, headers);

    assertEquals(401, response.statusCode());
    mention("EvSentinel", "1515449999.000001", null, BOT + "sentinel");
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(List.of("sentinel"), core.questions().stream().map(Question::text).toList());
    assertEquals(1, running.api.calls("/api/chat.postMessage").size());
  }

  private static Map<String, String> signedHeaders(String secret, long timestamp, String body) {
    return Map.of(
        "X-Slack-Request-Timestamp", Long.toString(timestamp),
        "X-Slack-Signature", SlackRequests.signature(secret, timestamp, body));
  }

  @Test
  void aGetIsRefusedWith405() throws Exception {
    start(FixtureCore.alwaysFound());

    HttpResponse<String> response =
        running.requests.get(
            java.net.URI.create(
                "http://127.0.0.1:"
                    + running.bot.httpAddress().orElseThrow().getPort()
                    + "/slack/events"));

    assertEquals(405, response.statusCode());
  }

  @Test
  void aBodyOverOneMebibyteIsRefusedWith413AndNotParsed() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    HttpResponse<String> response =
        running.requests.postSigned(SlackRequests.JSON, "{\"x\":\"" + "a".repeat(1 << 20) + "\"}");

    assertEquals(413, response.statusCode());
    assertEquals(List.of(), core.calls());
  }

  @Test
  void urlVerificationIsAnsweredWithTheChallenge() throws Exception {
    start(FixtureCore.alwaysFound());

    HttpResponse<String> response =
        running.requests.postSigned(
            SlackRequests.JSON,
            SlackRequests.urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));

    assertEquals(200, response.statusCode());
    assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", response.body());
  }

  @Test
  void aRateLimitedPostIsRetriedAfterRetryAfterAndDeliveredOnce() throws Exception {
    start(FixtureCore.alwaysFound());
    running.api.rateLimitNextPosts(1, 1);

    mention("EvLimited", MENTION_TS, null, BOT + "MLA?");

    FakeSlackApi.Call limited = running.api.awaitCall("/api/chat.postMessage#429", TIMEOUT);
    FakeSlackApi.Call delivered = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    long waitedMillis = (delivered.receivedNanos() - limited.receivedNanos()) / 1_000_000;
    assertTrue(waitedMillis >= 900, "retried after Retry-After: 1 s, but waited " + waitedMillis);
    assertEquals(MENTION_TS, delivered.form().get("thread_ts"));
    mention("EvSentinel", "1515449999.000001", null, BOT + "sentinel");
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals(
        1,
        running.api.calls("/api/chat.postMessage").stream()
            .filter(c -> MENTION_TS.equals(c.form().get("thread_ts")))
            .count(),
        "delivered exactly once");
    assertEquals(1.0, running.ops.count("paperbot.platform.rate.limited"), "the 429 is counted");
  }

  @Test
  void theBotIsReadyWhileListeningAndEveryAckIsTimed() throws Exception {
    start(FixtureCore.alwaysFound());
    mention("EvTimed", MENTION_TS, null, BOT + "MLA?");
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);

    var acks = running.ops.meters().find("paperbot.platform.ack").tag("platform", "slack").timer();

    assertEquals(List.of("slack=true"), running.ops.readiness());
    assertTrue(acks != null && acks.count() >= 1, "ack timer: " + acks);
    assertEquals(0.0, running.ops.count("paperbot.platform.acks.slow"));
    running.bot.close();
    assertEquals("slack=false", running.ops.readiness().getLast());
  }

  @Test
  void aFailedWebApiCallIsCountedAsAPlatformError() throws Exception {
    start(
        new FixtureCore(
            q -> {
              throw new IllegalStateException("index unavailable");
            }));

    mention("EvErr", MENTION_TS, null, BOT + "MLA?");
    running.api.awaitCall("/api/chat.postEphemeral", TIMEOUT);

    var errors =
        running.ops.meters().find("paperbot.platform.errors").tag("where", "listener").counter();
    assertTrue(errors != null && errors.count() == 1, "errors: " + errors);
  }

  @Test
  void aRateLimitedResponseUrlIsRetriedAndDeliveredOnce() throws Exception {
    start(FixtureCore.alwaysFound());
    running.api.rateLimitNextResponses(1, 1);

    running.requests.postSigned(
        SlackRequests.FORM, SlackRequests.slashCommand("MLA?", running.api.responseUrl("rl")));

    running.api.awaitCall("/response/rl#429", TIMEOUT);
    running.api.awaitCall("/response/rl", TIMEOUT);
    assertEquals(1, running.api.calls("/response/rl").size());
  }

  @Test
  void theAckDoesNotWaitForTheAnswer() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    start(
        new FixtureCore(
            q -> {
              try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                  throw new IllegalStateException("never released");
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
              return Fixtures.found();
            }));

    HttpResponse<String> ack = mention("EvSlow", MENTION_TS, null, BOT + "slow question");

    assertEquals(200, ack.statusCode(), "acked while the core is still answering");
    assertTrue(running.api.calls("/api/chat.postMessage").isEmpty());
    release.countDown();
    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
  }

  @Test
  void injectedMentionsLinksAndMarkupAreInertInTheReply() throws Exception {
    String injected = "<!channel> <@U123> <https://evil.example|click> *bold* <!here>";
    start(new FixtureCore(q -> new Answer.NotFound("You asked: " + q.text(), q.text(), List.of())));

    running.requests.postSigned(
        SlackRequests.FORM, SlackRequests.slashCommand(injected, running.api.responseUrl("inj")));
    mention("EvInj", MENTION_TS, null, BOT + injected);

    JsonObject slashReply =
        running.api.awaitCall("/response/inj", TIMEOUT).bodyJson().getAsJsonObject();
    FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postEphemeral", TIMEOUT);
    assertEquals(
        List.of(),
        SlackLimits.activeMarkup(
            slashReply.get("blocks"), slashReply.get("text").getAsString(), Set.of("U2147483697")),
        "only the asker is named");
    assertEquals(
        List.of(),
        SlackLimits.activeMarkup(post.json("blocks"), post.form().get("text"), Set.of()));
    assertTrue(
        post.form().get("text").contains("&lt;!channel&gt;"),
        "the mrkdwn fallback shows it escaped: " + post.form().get("text"));
    assertTrue(
        allStrings(post.json("blocks")).contains(injected),
        "rich text shows the question as typed, which Slack does not parse");
  }

  /** Every string value in a JSON tree, one per line: what Slack would parse as text. */
  private static String allStrings(JsonElement json) {
    StringBuilder out = new StringBuilder();
    if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
      out.append(json.getAsString()).append('\n');
    } else if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(e -> out.append(allStrings(e)));
    } else if (json.isJsonObject()) {
      json.getAsJsonObject().entrySet().forEach(e -> out.append(allStrings(e.getValue())));
    }
    return out.toString();
  }

  @Test
  void aFailingCoreGivesTheAskerABriefPrivateMessage() throws Exception {
    start(
        new FixtureCore(
            q -> {
              throw new IllegalStateException("index unavailable");
            }));

    mention("EvFail", MENTION_TS, null, BOT + "MLA?");

    FakeSlackApi.Call ephemeral = running.api.awaitCall("/api/chat.postEphemeral", TIMEOUT);
    assertEquals("U061F7AUR", ephemeral.form().get("user"));
    assertEquals(MENTION_TS, ephemeral.form().get("thread_ts"));
    assertTrue(ephemeral.form().get("text").contains("something went wrong"));
    assertFalse(ephemeral.form().get("text").contains("index unavailable"));
  }

  @Test
  void anOverlongQuestionGetsAClearPrivateReplyAndIsNotSearched() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    running.requests.postSigned(
        SlackRequests.FORM,
        SlackRequests.slashCommand("why ".repeat(1_000), running.api.responseUrl("long")));

    JsonObject reply =
        running.api.awaitCall("/response/long", TIMEOUT).bodyJson().getAsJsonObject();
    assertEquals("ephemeral", reply.get("response_type").getAsString());
    assertTrue(reply.get("text").getAsString().contains("at most 1000"));
    assertEquals(List.of(), core.calls());
  }

  @Test
  void aMentionWithNoQuestionShowsHelp() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    mention("EvEmpty", MENTION_TS, null, BOT.strip());

    FakeSlackApi.Call help = running.api.awaitCall("/api/chat.postEphemeral", TIMEOUT);
    assertEquals(List.of("help"), core.calls());
    assertEquals("U061F7AUR", help.form().get("user"), "help is for the asker only");
    assertEquals(MENTION_TS, help.form().get("thread_ts"));
  }

  @Test
  void controlCharactersAreRemovedBeforeTheCoreSeesTheQuestion() throws Exception {
    FixtureCore core = start(FixtureCore.alwaysFound());

    mention("EvBin", MENTION_TS, null, BOT + "ML\u0000A\u0007?\u001b[31m");

    running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals("MLA?[31m", core.questions().getFirst().text());
  }
}
