package dev.paperbot.discord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperbot.discord.FakeCore;
import dev.paperbot.discord.RunningBot;
import dev.paperbot.discord.fake.FakeDiscord;
import dev.paperbot.discord.fake.Ids;
import dev.paperbot.discord.fake.Payloads;
import dev.paperbot.discord.fake.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Latency of the adapter on loopback, one event at a time: MESSAGE_CREATE dispatch → the reply's
 * POST arriving at the fake, and INTERACTION_CREATE → its callback POST, p50 and p99 over 1,000
 * events each after a warm-up. The baseline, measured in the same run against the same fake, is a
 * bare REST POST from the JDK's HttpClient to the moment the fake receives it; the figures are also
 * given as multiples of it. The core is a constant fake: this measures the adapter, JDA and the
 * loopback, not the search engine.
 *
 * <p>Not part of the build: run it on purpose with
 *
 * <pre>
 * mvn -B -ntp -q -pl discord-adapter -am verify -Pbench -Dtest=LatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The report is printed and written to {@code discord-adapter/target/bench/latency.txt}.
 */
@Tag("bench")
class LatencyBenchmark {
  private static final int WARMUP = 300;
  private static final int EVENTS = 1000;
  private static final Duration EACH = Duration.ofSeconds(10);

  private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();

  @Test
  void measureEventToReplyLatency() throws Exception {
    try (RunningBot running = RunningBot.start(new FakeCore())) {
      FakeDiscord discord = running.discord;
      discord.rest.listen(this::arrived);
      HttpClient http = HttpClient.newHttpClient();
      String body = "{\"content\": \"baseline\", \"embeds\": []}";
      URI uri = URI.create(discord.rest.baseUrl() + "channels/" + Ids.CHANNEL_ID + "/messages");

      LongSupplier baseline =
          () -> {
            String key = "baseline";
            CompletableFuture<Long> arrival = expect(key);
            long start = System.nanoTime();
            try {
              HttpResponse<String> response =
                  http.send(
                      HttpRequest.newBuilder(uri)
                          .header("Authorization", "Bot " + Ids.TOKEN)
                          .header("Content-Type", "application/json")
                          .header("X-Bench", "baseline")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
              assertEquals(200, response.statusCode());
              return arrival.get(EACH.toMillis(), TimeUnit.MILLISECONDS) - start;
            } catch (Exception e) {
              throw new IllegalStateException("baseline request failed", e);
            }
          };
      LongSupplier mention =
          () -> {
            long id = discord.nextId();
            CompletableFuture<Long> arrival = expect("reply:" + id);
            long start = System.nanoTime();
            discord.gateway.dispatch(
                "MESSAGE_CREATE",
                Payloads.message(
                    id,
                    Ids.USER_ID,
                    false,
                    "<@" + Ids.BOT_ID + "> what is MLA?",
                    true,
                    true,
                    null));
            return await(arrival) - start;
          };
      LongSupplier slash =
          () -> {
            CompletableFuture<Long> arrival = new CompletableFuture<>();
            long[] id = new long[1];
            long start = System.nanoTime();
            synchronized (arrivals) {
              id[0] = discord.slash("ask", "question", "what is MLA?");
              arrivals.put("callback:" + id[0], arrival);
            }
            return await(arrival) - start;
          };

      // Warm everything up, then interleave the three so they see the same machine.
      for (int i = 0; i < WARMUP; i++) {
        baseline.getAsLong();
        mention.getAsLong();
        slash.getAsLong();
      }
      long[] baselines = new long[EVENTS];
      long[] mentions = new long[EVENTS];
      long[] slashes = new long[EVENTS];
      for (int i = 0; i < EVENTS; i++) {
        baselines[i] = baseline.getAsLong();
        mentions[i] = mention.getAsLong();
        slashes[i] = slash.getAsLong();
      }
      Arrays.sort(baselines);
      Arrays.sort(mentions);
      Arrays.sort(slashes);

      String report =
          String.format(
              Locale.ROOT,
              "PaperBot Discord adapter latency on 127.0.0.1, %d events each after %d warm-up,"
                  + " one at a time, interleaved, %d cores%n"
                  + "%-44s %9s %9s%n%s%s%s",
              EVENTS,
              WARMUP,
              Runtime.getRuntime().availableProcessors(),
              "",
              "p50",
              "p99",
              line("baseline: bare REST POST -> fake receives it", baselines, baselines),
              line("MESSAGE_CREATE -> reply POST received", mentions, baselines),
              line("INTERACTION_CREATE -> callback POST received", slashes, baselines));
      System.out.print(report);
      Path out = Path.of("target/bench/latency.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report, StandardCharsets.UTF_8);
    }
  }

  private CompletableFuture<Long> expect(String key) {
    CompletableFuture<Long> arrival = new CompletableFuture<>();
    arrivals.put(key, arrival);
    return arrival;
  }

  private void arrived(RecordedRequest request) {
    String key = null;
    if ("baseline".equals(request.headers().get("x-bench"))) {
      key = "baseline";
    } else if (request.path().startsWith("interactions/")) {
      key = "callback:" + request.path().split("/")[1];
    } else if (request.method().equals("POST") && request.path().startsWith("channels/")) {
      key = "reply:" + request.json().path("message_reference").path("message_id").asText();
    }
    if (key != null) {
      CompletableFuture<Long> arrival;
      synchronized (arrivals) {
        arrival = arrivals.remove(key);
      }
      if (arrival != null) {
        arrival.complete(request.receivedNanos());
      }
    }
  }

  private static long await(CompletableFuture<Long> arrival) {
    try {
      return arrival.get(EACH.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("no reply within " + EACH, e);
    }
  }

  private static String line(String what, long[] sorted, long[] baseline) {
    long p50 = percentile(sorted, 50);
    long p99 = percentile(sorted, 99);
    return String.format(
        Locale.ROOT,
        "%-44s %7.2fms %7.2fms   (%.1fx / %.1fx baseline)%n",
        what,
        p50 / 1e6,
        p99 / 1e6,
        (double) p50 / percentile(baseline, 50),
        (double) p99 / percentile(baseline, 99));
  }

  private static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.clamp(index, 0, sorted.length - 1)];
  }
}
