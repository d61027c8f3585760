package dev.paperbot.slack.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fake Slack Web API on 127.0.0.1 that records every call: {@code auth.test}, {@code
 * chat.postMessage}, {@code chat.postEphemeral}, {@code apps.connections.open}, response URLs
 * ({@code /response/…}) and a bare {@code /ping} for latency baselines.
 */
public final class FakeSlackApi implements AutoCloseable {

  public static final String BOT_USER_ID = "UBOTPAPER";
  public static final String TEAM_ID = "T0001";

  /** One recorded request. {@code receivedNanos} is {@link System#nanoTime()} on arrival. */
  public record Call(String path, Map<String, String> form, String body, long receivedNanos) {
    /** The JSON of a form field, e.g. {@code blocks}. */
    public JsonElement json(String field) {
      String value = form.get(field);
      if (value == null) {
        fail("no form field " + field + " in call to " + path + ": " + form);
      }
      return JsonParser.parseString(value);
    }

    public JsonElement bodyJson() {
      return JsonParser.parseString(body);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, BlockingQueue<Call>> byPath = new ConcurrentHashMap<>();
  private final AtomicInteger rateLimitNextPosts = new AtomicInteger();
  private final AtomicInteger rateLimitNextResponses = new AtomicInteger();
  private final AtomicInteger retryAfterSeconds = new AtomicInteger(1);
  private final AtomicReference<String> socketModeUrl = new AtomicReference<>();
  private final AtomicInteger ts = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicBoolean rejectBotToken =
      new java.util.concurrent.atomic.AtomicBoolean();

  public FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The Web API base URL, for SLACK_API_URL. */
  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** A response URL served by this fake. */
  public String responseUrl(String id) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
  }

  public String pingUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/ping";
  }

  /** What apps.connections.open hands out. */
  public void socketModeUrl(String url) {
    socketModeUrl.set(url);
  }

  /** auth.test answers invalid_auth from now on, as Slack does for a revoked or wrong token. */
  public void rejectBotToken() {
    rejectBotToken.set(true);
  }

  /** The next {@code count} chat.postMessage calls answer HTTP 429 with this Retry-After. */
  public void rateLimitNextPosts(int count, int retryAfter) {
    retryAfterSeconds.set(retryAfter);
    rateLimitNextPosts.set(count);
  }

  /** The next {@code count} response URL posts answer HTTP 429 with this Retry-After. */
  public void rateLimitNextResponses(int count, int retryAfter) {
    retryAfterSeconds.set(retryAfter);
    rateLimitNextResponses.set(count);
  }

  public List<Call> calls(String path) {
    return calls.stream().filter(c -> c.path().equals(path)).toList();
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Waits for the next call to {@code path} not yet taken by an earlier await. */
  public Call awaitCall(String path, Duration timeout) throws InterruptedException {
    Call call = queue(path).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (call == null) {
      fail("no call to " + path + " within " + timeout + "; calls so far: " + paths());
    }
    return call;
  }

  private List<String> paths() {
    List<String> paths = new ArrayList<>();
    calls.forEach(c -> paths.add(c.path()));
    return paths;
  }

  private BlockingQueue<Call> queue(String path) {
    return byPath.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long now = System.nanoTime();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      Map<String, String> form =
          contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
              ? parseForm(body)
              : Map.of();
      boolean limited =
          path.equals("/api/chat.postMessage")
              ? rateLimitNextPosts.getAndUpdate(n -> Math.max(0, n - 1)) > 0
              : path.startsWith("/response/")
                  && rateLimitNextResponses.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
      if (limited) {
        exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds.get()));
        Call refused = new Call(path + "#429", form, body, now);
        calls.add(refused);
        queue(refused.path()).add(refused);
        json(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
        return;
      }
      Call call = new Call(path, form, body, now);
      calls.add(call);
      queue(path).add(call);
      if (path.equals("/api/auth.test") && rejectBotToken.get()) {
        json(exchange, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}");
        return;
      }
      switch (path) {
        case "/api/auth.test" ->
            json(
                exchange,
                200,
                "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\","
                    + "\"user\":\"paperbot\",\"team_id\":\""
                    + TEAM_ID
                    + "\",\"user_id\":\""
                    + BOT_USER_ID
                    + "\",\"bot_id\":\"BPAPER\",\"is_enterprise_install\":false}");
        case "/api/chat.postMessage" ->
            json(
                exchange,
                200,
                "{\"ok\":true,\"channel\":\""
                    + form.getOrDefault("channel", "")
                    + "\",\"ts\":\"1700000000."
                    + String.format("%06d", ts.incrementAndGet())
                    + "\"}");
        case "/api/views.publish" -> json(exchange, 200, "{\"ok\":true,\"view\":{\"id\":\"V1\"}}");
        case "/api/chat.unfurl" -> json(exchange, 200, "{\"ok\":true}");
        case "/api/chat.postEphemeral" ->
            json(exchange, 200, "{\"ok\":true,\"message_ts\":\"1700000000.000001\"}");
        case "/api/apps.connections.open" -> {
          String url = socketModeUrl.get();
          json(
              exchange,
              200,
              url == null
                  ? "{\"ok\":false,\"error\":\"invalid_auth\"}"
                  : "{\"ok\":true,\"url\":\"" + url + "\"}");
        }
        case "/ping" -> json(exchange, 200, "{\"ok\":true}");
        default -> {
          if (path.startsWith("/response/")) {
            json(exchange, 200, "{\"ok\":true}");
          } else {
            json(exchange, 200, "{\"ok\":false,\"error\":\"unknown_method\"}");
          }
        }
      }
    }
  }

  private static void json(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
