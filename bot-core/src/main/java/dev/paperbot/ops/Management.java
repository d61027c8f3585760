package dev.paperbot.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperbot.Operations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management port: {@code GET /health} (200 while the index and every component that reported
 * are ready, 503 otherwise) and {@code GET /metrics} (Prometheus text). On Jetty 12 with its own
 * small pool, so a stuck scrape never competes with answering, and idle connections are dropped.
 */
public final class Management implements Operations {

  private static final Logger log = LoggerFactory.getLogger(Management.class);

  /** The port when {@value Operations#MANAGEMENT_PORT_VARIABLE} is unset. */
  public static final int DEFAULT_PORT = 9090;

  /** The address to listen on; 0.0.0.0 by default so a container's health check can reach it. */
  public static final String BIND_VARIABLE = "BIND_ADDRESS";

  // ASCII digits only: Integer.parseInt takes full-width digits ("１２３") as a number.
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrometheusMeterRegistry registry;
  private final Map<String, Boolean> components = new ConcurrentHashMap<>();
  private final Server server;
  private final JvmGcMetrics gcMetrics;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Management(PrometheusMeterRegistry registry, Server server, JvmGcMetrics gcMetrics) {
    this.registry = registry;
    this.server = server;
    this.gcMetrics = gcMetrics;
  }

  /**
   * Starts serving as the environment says: {@value Operations#MANAGEMENT_PORT_VARIABLE} (default
   * {@value #DEFAULT_PORT}, {@code 0} for a free port, {@code off} for none) on {@value
   * #BIND_VARIABLE} (default 0.0.0.0).
   *
   * @throws IllegalArgumentException naming the variable when it is malformed
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static Management start(Map<String, String> env) {
    String rawPort = env.getOrDefault(MANAGEMENT_PORT_VARIABLE, "").strip();
    boolean serve = !rawPort.equalsIgnoreCase("off");
    int port = rawPort.isEmpty() || !serve ? DEFAULT_PORT : port(rawPort);
    String host = env.getOrDefault(BIND_VARIABLE, "").strip();
    if (host.isEmpty()) {
      host = "0.0.0.0";
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    if (!serve) {
      return new Management(registry, null, gc);
    }
    QueuedThreadPool pool = new QueuedThreadPool(8, 2, 60_000);
    pool.setName("paperbot-management");
    pool.setDaemon(true);
    Server server = new Server(pool);
    server.setStopTimeout(2_000);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(10_000);
    server.addConnector(connector);
    Management m = new Management(registry, server, gc);
    server.setHandler(m.new Endpoints());
    try {
      server.start();
    } catch (Exception e) {
      m.close();
      throw new UncheckedIOException(
          new IOException(
              "cannot serve the management port on "
                  + host
                  + ":"
                  + port
                  + " ("
                  + MANAGEMENT_PORT_VARIABLE
                  + ", "
                  + BIND_VARIABLE
                  + "): "
                  + e.getMessage(),
              e));
    }
    log.info("Management port on http://{}:{} (/health, /metrics)", host, connector.getLocalPort());
    return m;
  }

  private static int port(String raw) {
    if (!PORT.matcher(raw).matches() || Integer.parseInt(raw) > 65_535) {
      throw new IllegalArgumentException(
          MANAGEMENT_PORT_VARIABLE
              + " must be a port number 0-65535 (0 picks a free one) or 'off', was \""
              + raw
              + "\"");
    }
    return Integer.parseInt(raw);
  }

  @Override
  public MeterRegistry meters() {
    return registry;
  }

  @Override
  public void ready(String component, boolean ready) {
    Boolean before = components.put(component, ready);
    if (before == null || before != ready) {
      log.info("{} is {}", component, ready ? "ready" : "not ready");
    }
  }

  /** The bound port, for tests started on port 0; empty when nothing is served. */
  @Override
  public OptionalInt managementPort() {
    if (server == null) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(((ServerConnector) server.getConnectors()[0]).getLocalPort());
  }

  /** UP once the index and every component that has reported are ready. */
  boolean healthy() {
    return Boolean.TRUE.equals(components.get("index"))
        && components.values().stream().allMatch(Boolean::booleanValue);
  }

  String healthJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", healthy() ? "UP" : "DOWN");
    Map<String, String> parts = new TreeMap<>();
    components.forEach((k, v) -> parts.put(k, v ? "UP" : "DOWN"));
    parts.putIfAbsent("index", "DOWN");
    body.put("components", parts);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        log.warn("management port did not stop cleanly: {}", e.toString());
      }
    }
    gcMetrics.close();
    registry.close();
  }

  private final class Endpoints extends Handler.Abstract.NonBlocking {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String method = request.getMethod();
      boolean head = HttpMethod.HEAD.is(method);
      if (!HttpMethod.GET.is(method) && !head) {
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        return send(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "text/plain", "", head);
      }
      return switch (Request.getPathInContext(request)) {
        case "/health" ->
            send(
                response,
                callback,
                healthy() ? HttpStatus.OK_200 : HttpStatus.SERVICE_UNAVAILABLE_503,
                "application/json",
                healthJson(),
                head);
        case "/metrics" ->
            send(
                response,
                callback,
                HttpStatus.OK_200,
                "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape(),
                head);
        default ->
            send(response, callback, HttpStatus.NOT_FOUND_404, "text/plain", "not found\n", head);
      };
    }

    private boolean send(
        Response response, Callback callback, int status, String type, String body, boolean head) {
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
      response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes), callback);
      return true;
    }
  }
}
