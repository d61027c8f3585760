package dev.paperbot.slack.e2e;

import static dev.paperbot.slack.testing.RunningBot.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Question;
import dev.paperbot.slack.testing.FakeSlackApi;
import dev.paperbot.slack.testing.FixtureCore;
import dev.paperbot.slack.testing.RunningBot;
import dev.paperbot.slack.testing.SlackRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP front as an attacker and a busy workspace meet it, on loopback with the real Bolt: slow
 * clients, timestamps outside the window, replays, malformed bodies. After each attack the bot must
 * still answer a signed request. Timings go to {@code target/slack-slow-clients.txt}, never into an
 * assertion.
 */
class HttpFrontTest {

  private static final String CHANNEL = "C0LAN2Q65";
  private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + "> ";

  private final FixtureCore core = FixtureCore.alwaysFound();
  private final List<Socket> stalled = new ArrayList<>();
  private RunningBot running;

  @AfterEach
  void stop() throws Exception {
    for (Socket s : stalled) {
      s.close();
    }
    if (running != null) {
      running.close();
    }
  }

  private void start() throws Exception {
    running = RunningBot.http(core);
  }

  private HttpResponse<String> mention(String eventId, String ts, String text) throws Exception {
    return running.requests.postSigned(
        SlackRequests.JSON, SlackRequests.appMention(eventId, CHANNEL, ts, null, BOT + text));
  }

  /** A signed mention is acked and answered: the bot is serving. */
  private void assertStillServing(String eventId) throws Exception {
    HttpResponse<String> ack = mention(eventId, "1515449999.000001", "sentinel " + eventId);
    assertEquals(200, ack.statusCode());
    FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    assertEquals("1515449999.000001", post.form().get("thread_ts"));
  }

  @Test
  void healthAnswersWithoutASignature() throws Exception {
    start();

    HttpResponse<String> health =
        running.requests.get(URI.create("http://127.0.0.1:" + running.port() + "/health"));

    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"UP\"}", health.body());
  }

  @Test
  void anUnknownPathIs404() throws Exception {
    start();

    assertEquals(
        404,
        running
            .requests
            .get(URI.create("http://127.0.0.1:" + running.port() + "/admin"))
            .statusCode());
  }

  @ParameterizedTest(name = "timestamp now {0} s")
  @ValueSource(longs = {301, 86_400, 315_360_000, -301, -86_400})
  void aTimestampMoreThanFiveMinutesFromNowInEitherDirectionIs401(long offsetSeconds)
      throws Exception {
    start();
    String body = SlackRequests.appMention("EvSkew", CHANNEL, "1.000001", null, BOT + "MLA?");
    long timestamp = Instant.now().getEpochSecond() + offsetSeconds;

    HttpResponse<String> response =
        running.requests.post(
            SlackRequests.JSON,
            body,
            Map.of(
                "X-Slack-Request-Timestamp", Long.toString(timestamp),
                "X-Slack-Signature",
                    SlackRequests.signature(SlackRequests.SIGNING_SECRET, timestamp, body)));

    assertEquals(401, response.statusCode());
    assertStillServing("EvAfterSkew");
    assertEquals(
        List.of("sentinel EvAfterSkew"), core.questions().stream().map(Question::text).toList());
  }

  @ParameterizedTest(name = "timestamp {0}")
  @ValueSource(strings = {"12a", "", "99999999999999999999", "+1700000000", " 1700000000"})
  void aTimestampThatIsNotAsciiDigitsIs401(String timestamp) throws Exception {
    start();
    String body = SlackRequests.appMention("EvTs", CHANNEL, "1.000001", null, BOT + "MLA?");

    HttpResponse<String> response =
        running.requests.post(
            SlackRequests.JSON,
            body,
            Map.of("X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", "v0=00"));

    assertEquals(401, response.statusCode());
  }

  @Test
  void aReplayedSlashCommandIsAckedButAnsweredOnce() throws Exception {
    start();
    String body =
        SlackRequests.slashCommand(
            "which paper introduced MLA?", running.api.responseUrl("replay"));
    long now = Instant.now().getEpochSecond();
    Map<String, String> headers =
        Map.of(
            "X-Slack-Request-Timestamp", Long.toString(now),
            "X-Slack-Signature", SlackRequests.signature(SlackRequests.SIGNING_SECRET, now, body));
    List<Long> micros = new ArrayList<>();

    for (int i = 0; i < 6; i++) {
      long started = System.nanoTime();
      assertEquals(200, running.requests.post(SlackRequests.FORM, body, headers).statusCode());
      micros.add((System.nanoTime() - started) / 1_000);
    }

    running.api.awaitCall("/response/replay", TIMEOUT);
    assertStillServing("EvAfterReplay");
    assertEquals(1, running.api.calls("/response/replay").size(), "answered once");
    assertEquals(
        List.of("which paper introduced MLA?", "sentinel EvAfterReplay"),
        core.questions().stream().map(Question::text).toList());
    report(
        "replay: 1 original + 5 replays of one signed /paper -> 6 acks (200), 1 answer; ack µs "
            + micros);
  }

  @Test
  void theSameCommandReSignedWithTheSameTriggerIdIsAnsweredOnce() throws Exception {
    start();
    String body = SlackRequests.slashCommand("MLA?", running.api.responseUrl("resigned"));
    long now = Instant.now().getEpochSecond();

    for (long ts : new long[] {now, now - 1, now - 2}) {
      HttpResponse<String> ack =
          running.requests.post(
              SlackRequests.FORM,
              body,
              Map.of(
                  "X-Slack-Request-Timestamp", Long.toString(ts),
                  "X-Slack-Signature",
                      SlackRequests.signature(SlackRequests.SIGNING_SECRET, ts, body)));
      assertEquals(200, ack.statusCode());
    }

    running.api.awaitCall("/response/resigned", TIMEOUT);
    assertStillServing("EvAfterResign");
    assertEquals(1, running.api.calls("/response/resigned").size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "JSON array | application/json | []",
        "null event | application/json | {\"event\":null}",
        "event callback with null event | application/json | {\"type\":\"event_callback\",\"event\":null}",
        "mention without channel | application/json | {\"type\":\"event_callback\",\"event_id\":\"Ev9\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"hi\",\"ts\":\"1.2\"}}",
        "broken percent-encoding | application/x-www-form-urlencoded | payload=%%%",
        "payload not JSON | application/x-www-form-urlencoded | payload={bad json",
        "payload an array | application/x-www-form-urlencoded | payload=[1]",
        "empty form | application/x-www-form-urlencoded | ''",
        "command without response_url | application/x-www-form-urlencoded | command=%2Fpaper&user_id=U1&channel_id=C1&text=hi",
        "truncated JSON | application/json | {\"type\":\"event_callback\",\"event\":{",
        "text body | text/plain | hello",
      })
  void aSignedButMalformedBodyIs400AndTheBotKeepsServing(
      String why, String contentType, String body) throws Exception {
    start();

    HttpResponse<String> response = running.requests.postSigned(contentType, body);

    assertEquals(400, response.statusCode(), why);
    assertStillServing("EvAfter400");
    assertEquals(List.of("answer"), core.calls(), "only the sentinel reached the core");
  }

  @Test
  void aTimestampInFullWidthDigitsIs401() throws Exception {
    start();
    String body = SlackRequests.appMention("EvWide", CHANNEL, "1.000001", null, BOT + "MLA?");
    String wide =
        Long.toString(Instant.now().getEpochSecond())
            .chars()
            .mapToObj(c -> Character.toString(c - '0' + '０'))
            .reduce("", String::concat);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), running.port())) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "X-Slack-Request-Timestamp: "
                  + wide
                  + "\r\nX-Slack-Signature: v0=0\r\nContent-Length: "
                  + bytes.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
      socket.setSoTimeout(10_000);
      String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertTrue(status.equals("HTTP/1.1 401") || status.equals("HTTP/1.1 400"), status);
    }
    assertStillServing("EvAfterWide");
  }

  @Test
  void aBodyThatIsNotUtf8Is400() throws Exception {
    start();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), running.port())) {
      byte[] body = {'{', (byte) 0xC3, (byte) 0x28, '}'};
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "X-Slack-Request-Timestamp: 1\r\nX-Slack-Signature: v0=0\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      socket.setSoTimeout(10_000);
      String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 400", status);
    }
  }

  @Test
  void aChunkedBodyOverOneMebibyteIs413() throws Exception {
    start();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), running.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
      socket.setSoTimeout(10_000);
      try {
        for (int i = 0; i < 20; i++) {
          out.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // The server may stop reading once the limit is passed; its answer is what counts.
      }
      String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 413", status);
    }
    assertStillServing("EvAfterChunked");
  }

  /** How a slow client stalls: in the middle of its headers, or of its body. */
  private Socket stall(boolean midBody) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), running.port());
    String head =
        midBody
            ? "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000\r\n\r\n{\"type\":\"event_callback\",\"eve"
            : "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty";
    OutputStream out = socket.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    stalled.add(socket);
    return socket;
  }

  @ParameterizedTest(name = "{0} slow clients")
  @ValueSource(ints = {4, 32})
  void signedRequestsAreAnsweredWhileSlowClientsStallMidHeadersAndMidBody(int clients)
      throws Exception {
    start();
    for (int i = 0; i < clients; i++) {
      stall(i % 2 == 1);
    }
    List<Long> ackMillis = new ArrayList<>();

    for (int i = 0; i < 10; i++) {
      long started = System.nanoTime();
      HttpResponse<String> ack = mention("EvSlow" + i, "1600000000.00010" + i, "question " + i);
      ackMillis.add((System.nanoTime() - started) / 1_000_000);
      assertEquals(200, ack.statusCode());
      running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
    }

    assertEquals(10, running.api.calls("/api/chat.postMessage").size());
    report(
        clients
            + " slow clients ("
            + clients / 2
            + " mid-headers, "
            + clients / 2
            + " mid-body): 10 of 10 signed mentions acked 200 and answered; ack ms "
            + ackMillis);
  }

  @Test
  void aClientStalledMidHeadersIsDisconnectedByTheIdleTimeout() throws Exception {
    start();
    Socket socket = stall(false);
    socket.setSoTimeout(30_000);
    long started = System.nanoTime();

    int read;
    try (InputStream in = socket.getInputStream()) {
      read = in.read();
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept a stalled connection open for 30 s", e);
    } catch (IOException e) {
      read = -1; // reset by the server: disconnected too
    }

    long waited = (System.nanoTime() - started) / 1_000_000;
    assertTrue(read == -1 || read == 'H', "closed, or answered (408) then closed: " + read);
    report(
        "a client stalled mid-headers was disconnected after "
            + waited
            + " ms (idle timeout 10 s)");
    assertStillServing("EvAfterIdle");
  }

  @Test
  void aClientStalledMidBodyGets408() throws Exception {
    start();
    Socket socket = stall(true);
    socket.setSoTimeout(30_000);
    long started = System.nanoTime();

    String status;
    try (InputStream in = socket.getInputStream()) {
      status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept a stalled body waiting for 30 s", e);
    }

    assertEquals("HTTP/1.1 408", status);
    report(
        "a client stalled mid-body got "
            + status
            + " after "
            + (System.nanoTime() - started) / 1_000_000
            + " ms");
    assertStillServing("EvAfterBodyStall");
  }

  private static synchronized void report(String line) throws IOException {
    Path file = Path.of("target", "slack-slow-clients.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        Instant.now() + " " + line + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
