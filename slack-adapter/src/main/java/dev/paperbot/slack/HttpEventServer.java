package dev.paperbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP (Events API) mode: serves {@value #PATH} and hands each request to the Bolt {@link App},
 * whose middleware verifies the signature ({@code X-Slack-Signature}, at most five minutes old)
 * before any listener runs.
 *
 * <p>The JDK's HTTP server rather than {@code bolt-jetty}: bolt-jetty stops at 1.45.x on Maven
 * Central, and this is the whole adapter Bolt needs (parse, run, write), with no servlet container.
 */
final class HttpEventServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HttpEventServer.class);

  static final String PATH = "/slack/events";

  /** Slack's payloads are a few kilobytes; anything this big is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final App app;
  private final SlackRequestParser parser;
  private final HttpServer server;
  private final ExecutorService executor;

  HttpEventServer(App app, InetSocketAddress address) throws IOException {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.server = HttpServer.create(address, 64);
    this.executor =
        new ThreadPoolExecutor(
            4,
            4,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1_000),
            new NamedThreads("paperbot-slack-http", false));
    server.setExecutor(executor);
    server.createContext(PATH, this::handle);
  }

  void start() {
    server.start();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "POST");
        write(exchange, 405, "text/plain", "Slack events are POSTed here.");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        write(exchange, 413, "text/plain", "Request too large.");
        return;
      }
      String query = exchange.getRequestURI().getRawQuery();
      SlackRequestParser.HttpRequest raw =
          SlackRequestParser.HttpRequest.builder()
              .requestUri(exchange.getRequestURI().getPath())
              .queryString(query == null ? Map.of() : QueryStringParser.toMap(query))
              .headers(new RequestHeaders(exchange.getRequestHeaders()))
              .requestBody(new String(body, StandardCharsets.UTF_8))
              .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
              .build();
      Request<?> request = parser.parse(raw);
      if (request == null) {
        write(exchange, 400, "text/plain", "Not a Slack request.");
        return;
      }
      Response response = app.run(request);
      if (response.getHeaders() != null) {
        for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
          exchange.getResponseHeaders().put(header.getKey(), header.getValue());
        }
      }
      write(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
    } catch (Exception e) {
      log.error("Failed to handle {} {}", exchange.getRequestMethod(), PATH, e);
      try {
        write(exchange, 500, "text/plain", "Internal error.");
      } catch (IOException | RuntimeException again) {
        e.addSuppressed(again);
        log.debug("Could not send the 500 response (response already started)", again);
      }
    }
  }

  private static void write(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
