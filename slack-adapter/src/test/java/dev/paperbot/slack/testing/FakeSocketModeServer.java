package dev.paperbot.slack.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Socket Mode server on 127.0.0.1: greets each connection with {@code hello}, sends
 * envelopes on the newest connection, records the acks, answers pings (Java-WebSocket does), and
 * can drop the connection three ways.
 */
public final class FakeSocketModeServer implements AutoCloseable {

  private final Server server;
  private final BlockingQueue<JsonObject> acks = new LinkedBlockingQueue<>();
  private final List<JsonObject> seenAcks = new ArrayList<>();
  private final BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
  private final AtomicReference<WebSocket> current = new AtomicReference<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final CountDownLatch started = new CountDownLatch(1);

  public FakeSocketModeServer() throws InterruptedException {
    server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    server.setReuseAddr(true);
    server.setConnectionLostTimeout(0);
    server.start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      fail("fake Socket Mode server did not start within 10 s");
    }
  }

  public String url() {
    return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=fake";
  }

  /** How many connections were opened so far. */
  public int connections() {
    return connections.get();
  }

  /** Waits for the next new connection (after those already awaited). */
  public WebSocket awaitConnection(Duration timeout) throws InterruptedException {
    WebSocket ws = opened.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (ws == null) {
      fail("no Socket Mode connection within " + timeout + " (" + connections() + " so far)");
    }
    return ws;
  }

  /** Sends a raw message on the newest open connection. */
  public void send(String json) {
    WebSocket ws = current.get();
    assertTrue(ws != null && ws.isOpen(), "no open Socket Mode connection to send on");
    ws.send(json);
  }

  /** Waits for the ack of an envelope; acks of others that arrive meanwhile are kept. */
  public JsonObject awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (JsonObject ack : seenAcks) {
        if (ack.has("envelope_id") && envelopeId.equals(ack.get("envelope_id").getAsString())) {
          return ack;
        }
      }
      long left = deadline - System.nanoTime();
      JsonObject ack = left <= 0 ? null : acks.poll(left, TimeUnit.NANOSECONDS);
      if (ack == null) {
        fail("no ack for envelope " + envelopeId + " within " + timeout + "; got " + seenAcks);
      }
      seenAcks.add(ack);
    }
  }

  /** Closes the newest connection with a close frame (1001, going away). */
  public void closeWithFrame() {
    current.get().close(1001, "going away");
  }

  /** Drops the newest connection's TCP socket without a close frame. */
  public void dropTcp() {
    current.get().closeConnection(1006, "TCP connection dropped");
  }

  /** Asks the client to reconnect, as Slack does before it rotates a connection. */
  public void sendDisconnect() {
    send(
        """
        {"type":"disconnect","reason":"refresh_requested",\
        "debug_info":{"host":"applink-fake"}}""");
  }

  private final class Server extends WebSocketServer {
    Server(InetSocketAddress address) {
      super(address, 1);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      connections.incrementAndGet();
      current.set(conn);
      conn.send(
          """
          {"type":"hello","num_connections":1,"debug_info":{"host":"applink-fake",\
          "build_number":1,"approximate_connection_time":18060},\
          "connection_info":{"app_id":"A0PAPERBOT"}}""");
      opened.add(conn);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
      // Reconnection is observed through new opens.
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      acks.add(JsonParser.parseString(message).getAsJsonObject());
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
      // Errors on a dropped connection are expected; the tests wait on opens and acks instead.
    }

    @Override
    public void onStart() {
      started.countDown();
    }
  }

  @Override
  public void close() throws InterruptedException {
    server.stop(2_000);
  }
}
