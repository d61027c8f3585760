package dev.paperbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Operations;
import dev.paperbot.PaperBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The management port: /health follows readiness, /metrics has the answer meters. */
class ManagementTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final Map<String, String> EPHEMERAL =
      Map.of("PAPERBOT_MANAGEMENT_PORT", "0", "BIND_ADDRESS", "127.0.0.1");

  static HttpResponse<String> get(Operations ops, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + ops.managementPort().getAsInt() + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsDownUntilTheIndexAndEveryComponentAreReady() throws Exception {
    try (Operations ops = Operations.fromEnvironment(EPHEMERAL)) {
      HttpResponse<String> before = get(ops, "/health");
      assertEquals(503, before.statusCode());
      assertTrue(before.body().contains("\"status\":\"DOWN\""), before.body());

      ops.ready("index", true);
      ops.ready("slack", false);
      assertEquals(503, get(ops, "/health").statusCode());

      ops.ready("slack", true);
      HttpResponse<String> up = get(ops, "/health");
      assertEquals(200, up.statusCode());
      assertEquals(
          "{\"status\":\"UP\",\"components\":{\"index\":\"UP\",\"slack\":\"UP\"}}", up.body());
      assertEquals("application/json", up.headers().firstValue("content-type").orElseThrow());

      ops.ready("slack", false); // a dropped connection
      assertEquals(503, get(ops, "/health").statusCode());
    }
  }

  @Test
  void metricsCountAnswersByKindAndFoundWithALatencyHistogram() throws Exception {
    try (Operations ops = Operations.fromEnvironment(EPHEMERAL);
        PaperBot bot = PaperBot.fromEnvironment(Map.of(), ops)) {
      assertEquals(200, get(ops, "/health").statusCode(), "the bot reports its index ready");
      bot.answer("which paper introduced MLA?");
      bot.answer("which paper introduced MLA?");
      bot.answer("What is the capital of France?");

      HttpResponse<String> r = get(ops, "/metrics");
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("text/plain"));
      String body = r.body();
      assertTrue(body.contains("paperbot_answers_total{found=\"true\",kind=\"origin\"} 2.0"), body);
      assertTrue(body.contains("paperbot_answers_total{found=\"false\","), body);
      assertTrue(body.contains("paperbot_answer_latency_seconds_bucket{le="), body);
      assertTrue(body.contains("paperbot_answer_latency_seconds_count 3"), body);
      assertTrue(body.contains("paperbot_corpus_papers "), body);
      assertTrue(body.contains("jvm_memory_used_bytes"), body);
    }
  }

  @Test
  void otherPathsAndMethodsAreRefused() throws Exception {
    try (Operations ops = Operations.fromEnvironment(EPHEMERAL)) {
      assertEquals(404, get(ops, "/").statusCode());
      HttpResponse<String> post =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + ops.managementPort().getAsInt() + "/health"))
                  .POST(HttpRequest.BodyPublishers.ofString("x"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(405, post.statusCode());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"１２３", "-1", "65536", "port", "80 80"})
  void aMalformedPortIsRejectedNamingTheVariable(String port) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Operations.fromEnvironment(Map.of("PAPERBOT_MANAGEMENT_PORT", port)));
    assertTrue(e.getMessage().startsWith("PAPERBOT_MANAGEMENT_PORT"), e.getMessage());
  }

  @Test
  void offServesNothingButKeepsMeters() {
    try (Operations ops = Operations.fromEnvironment(Map.of("PAPERBOT_MANAGEMENT_PORT", "off"))) {
      assertTrue(ops.managementPort().isEmpty());
      ops.meters().counter("x").increment();
      assertEquals(1.0, ops.meters().counter("x").count());
    }
  }

  @Test
  void aPortInUseIsOneClearError() {
    try (Operations first = Operations.fromEnvironment(EPHEMERAL)) {
      String port = Integer.toString(first.managementPort().getAsInt());
      java.io.UncheckedIOException e =
          assertThrows(
              java.io.UncheckedIOException.class,
              () ->
                  Operations.fromEnvironment(
                      Map.of("PAPERBOT_MANAGEMENT_PORT", port, "BIND_ADDRESS", "127.0.0.1")));
      assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }
  }
}
