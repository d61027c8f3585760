package dev.paperbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Discord's REST API on 127.0.0.1, as much of it as the bot uses, answering with realistic bodies.
 * Every request is recorded; tests wait for the one they expect, with a timeout.
 */
public final class FakeRest implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/api/v10/";

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final Deque<Scripted> scripted = new ArrayDeque<>();
  private final AtomicLong ids = new AtomicLong(9_000_000_000L);
  private volatile String token = Ids.TOKEN;
  private volatile Consumer<RecordedRequest> listener = r -> {};

  /** A one-shot answer for the next request that matches, e.g. a 429. */
  private record Scripted(
      Predicate<RecordedRequest> matches, int status, Map<String, String> headers, String body) {}

  public FakeRest() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    executor = Executors.newFixedThreadPool(4, r -> new Thread(r, "fake-discord-rest"));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The value for {@code DISCORD_API_BASE_URL}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + API;
  }

  /** Only this token is accepted; others get 401. */
  public void acceptToken(String token) {
    this.token = token;
  }

  /** The next request matching {@code method} and {@code pathRegex} gets this answer instead. */
  public void scriptNext(
      String method, String pathRegex, int status, Map<String, String> headers, String body) {
    synchronized (scripted) {
      scripted.add(new Scripted(r -> r.is(method, pathRegex), status, headers, body));
    }
  }

  /** Every request so far that matches. */
  public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
    synchronized (requests) {
      return requests.stream().filter(filter).toList();
    }
  }

  /** Waits for the {@code n}th request (1-based) that matches; fails after the timeout. */
  public RecordedRequest await(Predicate<RecordedRequest> filter, int n, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (requests) {
      while (true) {
        List<RecordedRequest> matching = requests.stream().filter(filter).toList();
        if (matching.size() >= n) {
          return matching.get(n - 1);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "timed out after " + timeout + " waiting for request #" + n + "; saw " + requests);
        }
        TimeUnit.NANOSECONDS.timedWait(requests, left);
      }
    }
  }

  public RecordedRequest await(Predicate<RecordedRequest> filter, Duration timeout)
      throws InterruptedException {
    return await(filter, 1, timeout);
  }

  private void handle(HttpExchange exchange) throws IOException {
    long received = System.nanoTime();
    try (exchange) {
      String full = exchange.getRequestURI().getRawPath();
      String path = full.startsWith(API) ? full.substring(API.length()) : full;
      String method = exchange.getRequestMethod();
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      String body = readBody(exchange);
      RecordedRequest probe =
          new RecordedRequest(
              method, path, exchange.getRequestURI().getRawQuery(), headers, body, 0, received);

      Scripted script = null;
      synchronized (scripted) {
        for (Scripted s : scripted) {
          if (s.matches().test(probe)) {
            script = s;
            break;
          }
        }
        if (script != null) {
          scripted.remove(script);
        }
      }
      int status;
      String response;
      Map<String, String> responseHeaders = new LinkedHashMap<>();
      if (script != null) {
        status = script.status();
        response = script.body();
        responseHeaders.putAll(script.headers());
      } else if (!("Bot " + token).equals(headers.get("authorization"))
          && !path.startsWith("webhooks/")
          && !path.startsWith("interactions/")) {
        status = 401;
        response = "{\"message\": \"401: Unauthorized\", \"code\": 0}";
      } else {
        Answer answer = route(method, path, body);
        status = answer.status();
        response = answer.body();
      }
      record(new RecordedRequest(method, path, probe.query(), headers, body, status, received));
      responseHeaders.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      if (response == null) {
        exchange.sendResponseHeaders(status, -1);
      } else {
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (RuntimeException e) {
      // A bug in the fake must fail the test loudly, not look like Discord being down.
      System.err.println("fake Discord REST failed: " + e);
      e.printStackTrace();
      throw e;
    }
  }

  private void record(RecordedRequest request) {
    synchronized (requests) {
      requests.add(request);
      requests.notifyAll();
    }
    listener.accept(request);
  }

  /** Also tells {@code listener} of every request as it arrives (for the benchmark). */
  public void listen(Consumer<RecordedRequest> listener) {
    this.listener = listener;
  }

  /** Forgets the requests seen so far (the benchmark sends thousands). */
  public void clear() {
    synchronized (requests) {
      requests.clear();
    }
  }

  private static String readBody(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      in = new GZIPInputStream(in);
    }
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private record Answer(int status, String body) {}

  private Answer route(String method, String path, String body) throws IOException {
    if (method.equals("GET") && path.equals("users/@me")) {
      return new Answer(200, Payloads.botUser().toString());
    }
    if (method.equals("GET") && path.equals("applications/@me")) {
      return new Answer(200, Payloads.application().toString());
    }
    if (method.equals("PUT") && path.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
      ArrayNode commands = (ArrayNode) JSON.readTree(body);
      for (JsonNode command : commands) {
        ObjectNode c = (ObjectNode) command;
        c.put("id", Long.toString(Ids.COMMAND_ID));
        c.put("application_id", Long.toString(Ids.APP_ID));
        c.put("version", Long.toString(ids.incrementAndGet()));
        if (!c.has("type")) {
          c.put("type", 1);
        }
        if (path.contains("/guilds/")) {
          c.put("guild_id", Long.toString(Ids.GUILD_ID));
        }
      }
      return new Answer(200, commands.toString());
    }
    if (method.equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
      return new Answer(204, null);
    }
    if (method.equals("POST") && path.matches("channels/\\d+/messages")) {
      String channel = path.split("/")[1];
      return new Answer(200, Payloads.sentMessage(ids.incrementAndGet(), channel, body).toString());
    }
    if (method.equals("POST") && path.matches("webhooks/\\d+/[^/]+")) {
      return new Answer(
          200,
          Payloads.sentMessage(ids.incrementAndGet(), Long.toString(Ids.CHANNEL_ID), body)
              .toString());
    }
    if (method.equals("PATCH") && path.matches("webhooks/\\d+/[^/]+/messages/[^/]+")) {
      return new Answer(
          200,
          Payloads.sentMessage(ids.incrementAndGet(), Long.toString(Ids.CHANNEL_ID), body)
              .toString());
    }
    if (method.equals("DELETE") && path.matches("webhooks/\\d+/[^/]+/messages/[^/]+")) {
      return new Answer(204, null);
    }
    return new Answer(404, "{\"message\": \"404: Not Found\", \"code\": 0}");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
