package dev.paperbot.slack.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds requests as Slack sends them (payload shapes from Slack's documentation samples) and signs
 * them the way Slack does: {@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)}, written
 * here independently of Bolt's own verifier.
 */
public final class SlackRequests {

  public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  private final HttpClient http =
      HttpClient.newBuilder()
          .proxy(HttpClient.Builder.NO_PROXY)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI endpoint;

  public SlackRequests(URI endpoint) {
    this.endpoint = endpoint;
  }

  public static String signature(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** POSTs a body signed now with the test signing secret. */
  public HttpResponse<String> postSigned(String contentType, String body)
      throws IOException, InterruptedException {
    long now = Instant.now().getEpochSecond();
    return post(
        contentType,
        body,
        Map.of(
            "X-Slack-Request-Timestamp", Long.toString(now),
            "X-Slack-Signature", signature(SIGNING_SECRET, now, body)));
  }

  public HttpResponse<String> post(String contentType, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static final String FORM = "application/x-www-form-urlencoded";
  public static final String JSON = "application/json";

  /** A slash command, as in Slack's "Implementing slash commands" sample. */
  public static String slashCommand(String text, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
    form.put("team_id", FakeSlackApi.TEAM_ID);
    form.put("team_domain", "example");
    form.put("enterprise_id", "E0001");
    form.put("enterprise_name", "Globular Construct Inc");
    form.put("channel_id", "C2147483705");
    form.put("channel_name", "test");
    form.put("user_id", "U2147483697");
    form.put("user_name", "Steve");
    form.put("command", "/paper");
    form.put("text", text);
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId());
    form.put("api_app_id", "A123456");
    StringJoiner body = new StringJoiner("&");
    form.forEach(
        (k, v) ->
            body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }

  /** An app_mention event callback, as in Slack's app_mention reference sample. */
  public static String appMention(
      String eventId, String channel, String ts, String threadTs, String text) {
    return """
        {"token":"ZZZZZZWSxiZZZ2yIvs3peJ","team_id":"%s","api_app_id":"A0PAPERBOT",\
        "event":{"type":"app_mention","user":"U061F7AUR","text":%s,"ts":"%s",%s\
        "channel":"%s","event_ts":"%s"},\
        "type":"event_callback","event_id":"%s","event_time":1515449522,\
        "authed_users":["%s"]}"""
        .formatted(
            FakeSlackApi.TEAM_ID,
            jsonString(text),
            ts,
            threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",",
            channel,
            ts,
            eventId,
            FakeSlackApi.BOT_USER_ID);
  }

  /** A message.im event callback from a user, or from a bot when {@code botId} is not null. */
  public static String directMessage(
      String eventId, String user, String botId, String ts, String text) {
    return """
        {"token":"ZZZZZZWSxiZZZ2yIvs3peJ","team_id":"%s","api_app_id":"A0PAPERBOT",\
        "event":{"type":"message","channel":"D024BE91L","user":"%s",%s"text":%s,\
        "ts":"%s","event_ts":"%s","channel_type":"im"},\
        "type":"event_callback","event_id":"%s","event_time":1355517523}"""
        .formatted(
            FakeSlackApi.TEAM_ID,
            user,
            botId == null ? "" : "\"bot_id\":\"" + botId + "\",",
            jsonString(text),
            ts,
            ts,
            eventId);
  }

  public static String urlVerification(String challenge) {
    return """
        {"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl",\
        "challenge":"%s","type":"url_verification"}"""
        .formatted(challenge);
  }

  /** The payload of a "More" button click (block_actions), form-encoded as Slack sends it. */
  public static String moreButtonClick(String value, String responseUrl) {
    String payload =
        """
        {"type":"block_actions","team":{"id":"%s","domain":"example"},\
        "user":{"id":"U2147483697","username":"steve","team_id":"%s"},\
        "api_app_id":"A0PAPERBOT","token":"9s8d9as89d8as9d8as989",\
        "container":{"type":"message","message_ts":"1548261231.000200",\
        "channel_id":"C2147483705","is_ephemeral":false},\
        "trigger_id":"%s",\
        "channel":{"id":"C2147483705","name":"test"},\
        "response_url":"%s",\
        "actions":[{"action_id":"paperbot_more","block_id":"more","text":{"type":"plain_text",\
        "text":"More","emoji":true},"value":%s,"type":"button","action_ts":"1548426417.840180"}]}"""
            .formatted(
                FakeSlackApi.TEAM_ID,
                FakeSlackApi.TEAM_ID,
                triggerId(),
                responseUrl,
                jsonString(value));
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  private static final java.util.concurrent.atomic.AtomicLong TRIGGERS =
      new java.util.concurrent.atomic.AtomicLong(13345224609L);

  /** A fresh trigger id, as Slack makes one for every interaction. */
  public static String triggerId() {
    return TRIGGERS.incrementAndGet() + ".738474920.8088930838d88f008e0";
  }

  /** A click on one of the bot's buttons, by {@code user}, on an ephemeral message or not. */
  public static String buttonClick(
      String actionId, String value, String user, boolean ephemeral, String responseUrl) {
    String payload =
        """
        {"type":"block_actions","team":{"id":"%s","domain":"example"},\
        "user":{"id":"%s","username":"steve","team_id":"%s"},\
        "api_app_id":"A0PAPERBOT","token":"9s8d9as89d8as9d8as989",\
        "container":{"type":"message","message_ts":"1548261231.000200",\
        "channel_id":"C2147483705","is_ephemeral":%s},\
        "trigger_id":"%s",\
        "channel":{"id":"C2147483705","name":"test"},\
        "response_url":"%s",\
        "actions":[{"action_id":"%s","block_id":"paperbot_feedback","text":{"type":"plain_text",\
        "text":"b","emoji":true},"value":%s,"type":"button","action_ts":"1548426417.840180"}]}"""
            .formatted(
                FakeSlackApi.TEAM_ID,
                user,
                FakeSlackApi.TEAM_ID,
                ephemeral,
                triggerId(),
                responseUrl,
                actionId,
                jsonString(value));
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  /** The "Ask PaperBot" message shortcut on a message, in {@code channel} (null: none). */
  public static String messageShortcut(
      String user, String channel, String messageText, String responseUrl) {
    String payload =
        """
        {"type":"message_action","callback_id":"ask_paperbot","trigger_id":"%s",\
        "team":{"id":"%s","domain":"example"},"user":{"id":"%s","name":"steve"},\
        %s"message_ts":"1600000000.000100","response_url":"%s",\
        "message":{"type":"message","user":"U0AUTHOR","ts":"1600000000.000100","text":%s},\
        "token":"9s8d9as89d8as9d8as989","action_ts":"1600000001.000001"}"""
            .formatted(
                triggerId(),
                FakeSlackApi.TEAM_ID,
                user,
                channel == null ? "" : "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"t\"},",
                responseUrl,
                jsonString(messageText));
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  /** A plain message in a channel ({@code channel_type} channel), a thread reply when threadTs. */
  public static String channelMessage(
      String eventId,
      String channel,
      String user,
      String botId,
      String ts,
      String threadTs,
      String text) {
    return """
        {"token":"ZZZZZZWSxiZZZ2yIvs3peJ","team_id":"%s","api_app_id":"A0PAPERBOT",\
        "event":{"type":"message","channel":"%s","user":"%s",%s%s"text":%s,\
        "ts":"%s","event_ts":"%s","channel_type":"channel"},\
        "type":"event_callback","event_id":"%s","event_time":1355517523}"""
        .formatted(
            FakeSlackApi.TEAM_ID,
            channel,
            user,
            botId == null ? "" : "\"bot_id\":\"" + botId + "\",",
            threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",",
            jsonString(text),
            ts,
            ts,
            eventId);
  }

  /** app_home_opened on the Home tab. */
  public static String appHomeOpened(String eventId, String user) {
    return """
        {"token":"ZZZZZZWSxiZZZ2yIvs3peJ","team_id":"%s","api_app_id":"A0PAPERBOT",\
        "event":{"type":"app_home_opened","user":"%s","channel":"D0HOME","tab":"home",\
        "event_ts":"1515449522.000016"},\
        "type":"event_callback","event_id":"%s","event_time":1515449522}"""
        .formatted(FakeSlackApi.TEAM_ID, user, eventId);
  }

  /** link_shared for a message in a channel, with these URLs. */
  public static String linkShared(
      String eventId, String channel, String messageTs, String... urls) {
    StringJoiner links = new StringJoiner(",");
    for (String url : urls) {
      String domain = URI.create(url).getHost();
      links.add("{\"domain\":\"" + domain + "\",\"url\":" + jsonString(url) + "}");
    }
    return """
        {"token":"ZZZZZZWSxiZZZ2yIvs3peJ","team_id":"%s","api_app_id":"A0PAPERBOT",\
        "event":{"type":"link_shared","channel":"%s","is_bot_user_member":true,"user":"U061F7AUR",\
        "message_ts":"%s","unfurl_id":"C123456.%s.abc","source":"conversations_history",\
        "links":[%s],"event_ts":"%s"},\
        "type":"event_callback","event_id":"%s","event_time":1515449522}"""
        .formatted(FakeSlackApi.TEAM_ID, channel, messageTs, messageTs, links, messageTs, eventId);
  }

  /** Wraps an event callback in a Socket Mode events_api envelope. */
  public static String eventsApiEnvelope(String envelopeId, String eventCallback, int retry) {
    return """
        {"envelope_id":"%s","payload":%s,"type":"events_api",\
        "accepts_response_payload":false,"retry_attempt":%d,"retry_reason":"%s"}"""
        .formatted(envelopeId, eventCallback, retry, retry == 0 ? "" : "timeout");
  }

  /** A slash command in a Socket Mode slash_commands envelope. */
  public static String slashCommandEnvelope(String envelopeId, String text, String responseUrl) {
    return """
        {"envelope_id":"%s","payload":{"token":"bHKJ2n9AW6Ju3MjciOHfbA1b",\
        "team_id":"%s","team_domain":"example","channel_id":"C2147483705",\
        "channel_name":"test","user_id":"U2147483697","user_name":"steve",\
        "command":"/paper","text":%s,"api_app_id":"A0PAPERBOT",\
        "response_url":"%s","trigger_id":"259.1.2"},\
        "type":"slash_commands","accepts_response_payload":true}"""
        .formatted(envelopeId, FakeSlackApi.TEAM_ID, jsonString(text), responseUrl);
  }

  public static String jsonString(String s) {
    return new com.google.gson.Gson().toJson(s);
  }
}
