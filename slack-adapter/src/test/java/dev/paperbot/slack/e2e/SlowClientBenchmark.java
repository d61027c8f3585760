package dev.paperbot.slack.e2e;

import static dev.paperbot.slack.testing.RunningBot.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperbot.slack.testing.FakeSlackApi;
import dev.paperbot.slack.testing.FixtureCore;
import dev.paperbot.slack.testing.RunningBot;
import dev.paperbot.slack.testing.SlackRequests;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How the HTTP front answers signed requests while clients stall mid-headers and mid-body (0, 4,
 * 32, 256 of them), and what replays cost; timings written to {@code
 * target/slack-slow-clients-bench.txt}. Run on purpose: {@code mvn -B -ntp -q -pl slack-adapter -am
 * test -Dgroups=bench -Dbench.excluded= -Dtest=SlowClientBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class SlowClientBenchmark {

  private static final int REQUESTS = 200;
  private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + "> ";

  @Test
  void ackLatencyUnderSlowClientsAndReplays() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        "PaperBot Slack HTTP front, "
            + REQUESTS
            + " signed mentions per row, loopback, "
            + Runtime.getRuntime().availableProcessors()
            + " CPUs, Java "
            + Runtime.version());
    for (int clients : new int[] {0, 4, 32, 256}) {
      try (RunningBot running = RunningBot.http(FixtureCore.alwaysFound())) {
        List<Socket> stalled = new ArrayList<>();
        try {
          for (int i = 0; i < clients; i++) {
            stalled.add(stall(running.port(), i % 2 == 1));
          }
          long[] micros = new long[REQUESTS];
          for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            int status =
                running
                    .requests
                    .postSigned(
                        SlackRequests.JSON,
                        SlackRequests.appMention(
                            "EvB" + i, "C1", "1600000000." + (100_000 + i), null, BOT + "q" + i))
                    .statusCode();
            micros[i] = (System.nanoTime() - started) / 1_000;
            assertEquals(200, status);
          }
          for (int i = 0; i < REQUESTS; i++) {
            running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
          }
          Arrays.sort(micros);
          lines.add(
              "%3d stalled clients (half mid-headers, half mid-body): %d/%d acked 200 and answered;"
                      .formatted(clients, REQUESTS, REQUESTS)
                  + " ack p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                      .formatted(
                          micros[REQUESTS / 2] / 1000.0,
                          micros[REQUESTS * 99 / 100] / 1000.0,
                          micros[REQUESTS - 1] / 1000.0));
        } finally {
          for (Socket s : stalled) {
            s.close();
          }
        }
      }
    }
    try (RunningBot running = RunningBot.http(FixtureCore.alwaysFound())) {
      String body = SlackRequests.slashCommand("MLA?", running.api.responseUrl("r"));
      long now = Instant.now().getEpochSecond();
      Map<String, String> headers =
          Map.of(
              "X-Slack-Request-Timestamp", Long.toString(now),
              "X-Slack-Signature",
                  SlackRequests.signature(SlackRequests.SIGNING_SECRET, now, body));
      for (int i = 0; i < 100; i++) {
        running.requests.post(SlackRequests.FORM, body, headers);
      }
      running.api.awaitCall("/response/r", TIMEOUT);
      running.requests.postSigned(
          SlackRequests.JSON,
          SlackRequests.appMention("EvEnd", "C1", "1.000001", null, BOT + "sentinel"));
      running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
      lines.add(
          "replays: one signed /paper sent 100 times -> answered "
              + running.api.calls("/response/r").size()
              + " time(s)");
    }
    Path out = Path.of("target", "slack-slow-clients-bench.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines, StandardCharsets.UTF_8);
    lines.forEach(System.out::println);
  }

  private static Socket stall(int port, boolean midBody) throws Exception {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    String head =
        midBody
            ? "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000\r\n\r\n{\"type\":\"event_callback\",\"eve"
            : "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty";
    OutputStream out = socket.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }
}
