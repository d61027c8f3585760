package dev.paperbot.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperbot.slack.testing.FakeSlackApi;
import dev.paperbot.slack.testing.FixtureCore;
import dev.paperbot.slack.testing.RunningBot;
import dev.paperbot.slack.testing.SlackRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test: the time from a signed event's arrival to the {@code chat.postMessage}
 * call, over {@value #MENTIONS} mentions on loopback, in HTTP mode and in Socket Mode, next to a
 * bare HTTP round trip to the same fake server measured in the same run. Excluded from {@code
 * verify}; run it on purpose with
 *
 * <pre>
 * mvn -B -ntp -q -pl slack-adapter -am test -Dgroups=bench -Dbench.excluded= \
 *     -Dtest=SlackLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * and read {@code slack-adapter/target/slack-latency.txt}. The core is a fixture (renders a
 * realistic Found answer instantly), so the figures are the adapter's and Bolt's own cost.
 */
@Tag("bench")
class SlackLatencyBenchmark {

  static final int WARMUP = 200;
  static final int MENTIONS = 1_000;
  private static final String BOT = "<@" + FakeSlackApi.BOT_USER_ID + "> ";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Test
  void latencyFromEventArrivalToChatPostMessage() throws Exception {
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "PaperBot Slack adapter latency, %d mentions each after %d warm-up, loopback, %d CPUs,"
                + " Java %s%n",
            MENTIONS,
            WARMUP,
            Runtime.getRuntime().availableProcessors(),
            Runtime.version()));

    long[] baseline;
    long[] http;
    try (RunningBot running = RunningBot.http(FixtureCore.alwaysFound())) {
      baseline = baseline(running.api);
      http = httpMode(running);
    }
    long[] socket;
    try (RunningBot running = RunningBot.socketMode(FixtureCore.alwaysFound())) {
      socket = socketMode(running);
    }
    report.append(line("baseline: bare HTTP round trip to the fake", baseline, baseline));
    report.append(line("HTTP mode: signed POST sent -> chat.postMessage", http, baseline));
    report.append(line("Socket Mode: envelope sent -> chat.postMessage", socket, baseline));
    System.out.print(report);
    Files.writeString(Path.of("target/slack-latency.txt"), report);
    assertEquals(MENTIONS, http.length);
    assertEquals(MENTIONS, socket.length);
  }

  private static long[] baseline(FakeSlackApi api) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    HttpRequest ping =
        HttpRequest.newBuilder(URI.create(api.pingUrl()))
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    long[] nanos = new long[MENTIONS];
    for (int i = -WARMUP; i < MENTIONS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(ping, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      assertEquals(200, response.statusCode());
      if (i >= 0) {
        nanos[i] = took;
      }
    }
    return nanos;
  }

  private static long[] httpMode(RunningBot running) throws Exception {
    long[] nanos = new long[MENTIONS];
    for (int i = -WARMUP; i < MENTIONS; i++) {
      String ts = "1700000000." + String.format("%06d", i + WARMUP);
      String body =
          SlackRequests.appMention(
              "EvH" + i, "C0BENCH", ts, null, BOT + "which paper introduced MLA?");
      long start = System.nanoTime();
      HttpResponse<String> ack = running.requests.postSigned(SlackRequests.JSON, body);
      FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
      assertEquals(200, ack.statusCode());
      assertEquals(ts, post.form().get("thread_ts"));
      if (i >= 0) {
        nanos[i] = post.receivedNanos() - start;
      }
    }
    return nanos;
  }

  private static long[] socketMode(RunningBot running) throws Exception {
    long[] nanos = new long[MENTIONS];
    for (int i = -WARMUP; i < MENTIONS; i++) {
      String ts = "1700000001." + String.format("%06d", i + WARMUP);
      String envelope =
          SlackRequests.eventsApiEnvelope(
              "env" + i,
              SlackRequests.appMention(
                  "EvS" + i, "C0BENCH", ts, null, BOT + "which paper introduced MLA?"),
              0);
      long start = System.nanoTime();
      running.socketServer.send(envelope);
      FakeSlackApi.Call post = running.api.awaitCall("/api/chat.postMessage", TIMEOUT);
      running.socketServer.awaitAck("env" + i, TIMEOUT);
      assertEquals(ts, post.form().get("thread_ts"));
      if (i >= 0) {
        nanos[i] = post.receivedNanos() - start;
      }
    }
    return nanos;
  }

  private static String line(String what, long[] nanos, long[] baseline) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long[] base = baseline.clone();
    Arrays.sort(base);
    double p50 = percentile(sorted, 50);
    double p99 = percentile(sorted, 99);
    return String.format(
        Locale.ROOT,
        "%-52s p50 %7.3f ms (%5.1fx baseline)  p99 %7.3f ms (%5.1fx baseline)  max %7.3f ms%n",
        what,
        p50 / 1e6,
        p50 / percentile(base, 50),
        p99 / 1e6,
        p99 / percentile(base, 99),
        sorted[sorted.length - 1] / 1e6);
  }

  /** Nearest-rank percentile of sorted values. */
  private static double percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
