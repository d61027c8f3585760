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
    form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
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
        "trigger_id":"12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",\
        "channel":{"id":"C2147483705","name":"test"},\
        "response_url":"%s",\
        "actions":[{"action_id":"paperbot_more","block_id":"more","text":{"type":"plain_text",\
        "text":"More","emoji":true},"value":%s,"type":"button","action_ts":"1548426417.840180"}]}"""
            .formatted(FakeSlackApi.TEAM_ID, FakeSlackApi.TEAM_ID, responseUrl, jsonString(value));
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
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
