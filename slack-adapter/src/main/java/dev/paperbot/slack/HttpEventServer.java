package dev.paperbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP (Events API) mode on Jetty 12: serves {@value #PATH} (Slack's requests, verified by {@link
 * SignatureCheck} and then by Bolt's own middleware) and {@code GET} {@value #HEALTH_PATH}.
 *
 * <p>Why Jetty and not the JDK's {@code HttpServer}: Jetty parses headers on its selector and reads
 * bodies asynchronously here, so a client that stalls mid-headers or mid-body holds a connection,
 * never a worker thread; idle connections are closed after {@value #IDLE_TIMEOUT_MILLIS} ms and a
 * body must arrive within {@value #BODY_DEADLINE_MILLIS} ms. {@code bolt-jetty} is not published
 * for Bolt 1.48, so Bolt's request parser and {@link App#run} are wired into a plain {@link
 * Handler}: that is all bolt-jetty does, without a servlet container.
 *
 * <p>Every request gets a response: 400 for a signed body that is not a well-formed Slack request,
 * 401 for a bad signature or timestamp, 413 for a body over {@value #MAX_BODY_BYTES} bytes; client
 * errors are logged once, on one line.
 */
final class HttpEventServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HttpEventServer.class);

  static final String PATH = "/slack/events";
  static final String HEALTH_PATH = "/health";

  /** Slack's payloads are a few kilobytes; anything this big is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;

  /** Slack sends small headers; a larger block is refused by Jetty with 431. */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  /** A connection with no traffic for this long is closed (slow-loris between bytes). */
  static final long IDLE_TIMEOUT_MILLIS = 10_000;

  /** A body that has not fully arrived by then is refused with 408 (dribbling clients). */
  static final long BODY_DEADLINE_MILLIS = 10_000;

  /** Worker threads: acks are quick (answers run on the bot's own executor). */
  static final int MAX_THREADS = 24;

  private final App app;
  private final SlackRequestParser parser;
  private final SignatureCheck signatures;
  private final Server server;
  private final ServerConnector connector;

  HttpEventServer(App app, String signingSecret, InetSocketAddress address) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signatures = new SignatureCheck(signingSecret, Clock.systemUTC());
    // Bounded in threads; the job queue stays Jetty's unbounded default, since Jetty must never
    // have its own selector and timeout jobs rejected. Slow clients hold no job at all.
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
    threads.setName("paperbot-slack-http");
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // One acceptor and one selector: the machine is small and acks are cheap.
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
    server.addConnector(connector);
    server.setHandler(new SlackHandler());
    server.setStopTimeout(2_000);
  }

  void start() throws Exception {
    server.start();
  }

  InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  private final class SlackHandler extends Handler.Abstract {

    SlackHandler() {
      super(InvocationType.NON_BLOCKING);
    }

    @Override
    public boolean handle(
        Request request, org.eclipse.jetty.server.Response response, Callback cb) {
      String path = Request.getPathInContext(request);
      String method = request.getMethod();
      if (HEALTH_PATH.equals(path)) {
        if ("GET".equals(method) || "HEAD".equals(method)) {
          write(response, cb, 200, "application/json", "{\"status\":\"UP\"}");
        } else {
          response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
          write(response, cb, 405, "text/plain", "GET only.");
        }
        return true;
      }
      if (!PATH.equals(path)) {
        write(response, cb, 404, "text/plain", "Not found.");
        return true;
      }
      if (!"POST".equals(method)) {
        response.getHeaders().put(HttpHeader.ALLOW, "POST");
        write(response, cb, 405, "text/plain", "Slack events are POSTed here.");
        return true;
      }
      long declared = request.getLength();
      if (declared > MAX_BODY_BYTES) {
        clientError(request, 413, "a body of " + declared + " bytes");
        write(response, cb, 413, "text/plain", "Request too large.");
        return true;
      }
      // Read without holding a thread: a stalled client costs a connection, not a worker.
      Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES)
          .orTimeout(BODY_DEADLINE_MILLIS, TimeUnit.MILLISECONDS)
          .whenCompleteAsync(
              (body, failure) -> {
                if (failure != null) {
                  bodyFailed(request, response, cb, failure);
                } else {
                  process(request, response, cb, body);
                }
              },
              server.getThreadPool());
      return true;
    }
  }

  private void bodyFailed(
      Request request, org.eclipse.jetty.server.Response response, Callback cb, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof TimeoutException) {
      clientError(request, 408, "a body not sent within " + BODY_DEADLINE_MILLIS + " ms");
      write(response, cb, 408, "text/plain", "Request body not received in time.");
    } else if (String.valueOf(cause.getMessage())
        .toLowerCase(java.util.Locale.ROOT)
        .contains("max size")) {
      // Jetty's accumulator ("Max size (1048576) exceeded"): a chunked body with no length.
      clientError(request, 413, "a body over " + MAX_BODY_BYTES + " bytes");
      write(response, cb, 413, "text/plain", "Request too large.");
    } else {
      // The client went away (idle timeout, reset): nobody is left to answer.
      log.info(
          "Request from {} ended before its body arrived: {}", remote(request), cause.toString());
      cb.failed(cause);
    }
  }

  private void process(
      Request request, org.eclipse.jetty.server.Response response, Callback cb, byte[] bytes) {
    try {
      String body = utf8(bytes);
      if (body == null) {
        clientError(request, 400, "a body that is not UTF-8");
        write(response, cb, 400, "text/plain", "The body is not UTF-8.");
        return;
      }
      Map<String, List<String>> headers = headers(request);
      SignatureCheck.Result verdict =
          signatures.check(
              first(headers, "X-Slack-Request-Timestamp"),
              first(headers, "X-Slack-Signature"),
              body);
      switch (verdict) {
        case VALID -> {}
        case REPLAYED -> {
          log.info("Ignored a replayed request from {} (same signature seen)", remote(request));
          write(response, cb, 200, "text/plain", "");
          return;
        }
        default -> {
          clientError(request, 401, verdict.reason());
          write(response, cb, 401, "text/plain", "Invalid request signature.");
          return;
        }
      }
      String contentType = first(headers, "Content-Type");
      String malformed = SlackPayloads.problem(contentType, body);
      if (malformed != null) {
        clientError(request, 400, malformed);
        write(response, cb, 400, "text/plain", "Not a well-formed Slack request.");
        return;
      }
      String query = request.getHttpURI().getQuery();
      SlackRequestParser.HttpRequest raw =
          SlackRequestParser.HttpRequest.builder()
              .requestUri(PATH)
              .queryString(query == null ? Map.of() : queryMap(query))
              .headers(new RequestHeaders(headers))
              .requestBody(body)
              .remoteAddress(remote(request))
              .build();
      com.slack.api.bolt.request.Request<?> slackRequest = parser.parse(raw);
      if (slackRequest == null) {
        clientError(request, 400, "a request Bolt does not recognise");
        write(response, cb, 400, "text/plain", "Not a Slack request.");
        return;
      }
      Response answer = app.run(slackRequest);
      if (answer.getHeaders() != null) {
        answer
            .getHeaders()
            .forEach(
                (name, values) -> {
                  if (!"content-type".equalsIgnoreCase(name)
                      && !"content-length".equalsIgnoreCase(name)) {
                    response.getHeaders().put(name, values);
                  }
                });
      }
      int status = answer.getStatusCode() == null ? 200 : answer.getStatusCode();
      write(response, cb, status, answer.getContentType(), answer.getBody());
    } catch (Exception | LinkageError e) {
      // Input was checked above, so this is a defect: keep the stack trace.
      log.error("Failed to handle a signed request to {} from {}", PATH, remote(request), e);
      write(response, cb, 500, "text/plain", "Internal error.");
    }
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().getFirst();
      }
    }
    return null;
  }

  private static Map<String, List<String>> queryMap(String query) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    try {
      Fields fields = new Fields();
      org.eclipse.jetty.util.UrlEncoded.decodeUtf8To(query, fields);
      for (Fields.Field f : fields) {
        map.put(f.getName(), f.getValues());
      }
    } catch (IllegalArgumentException e) {
      log.debug("Ignoring an undecodable query string", e);
    }
    return map;
  }

  /** Strict UTF-8, so a broken body is a 400 rather than replacement characters. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String remote(Request request) {
    return Request.getRemoteAddr(request);
  }

  /** One line per refused request, no stack trace: the client erred, not the bot. */
  private static void clientError(Request request, int status, String what) {
    log.warn("Refused {} from {} with {}", what, remote(request), status);
  }

  private static void write(
      org.eclipse.jetty.server.Response response,
      Callback cb,
      int status,
      String contentType,
      String body) {
    response.setStatus(status);
    if (contentType != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    }
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), cb);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      log.warn("Stopping the HTTP server failed", e);
    }
  }
}
