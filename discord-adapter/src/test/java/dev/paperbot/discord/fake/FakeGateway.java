package dev.paperbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on 127.0.0.1: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats and ACKs,
 * numbered dispatches kept for RESUME, which replays what the client missed and then says RESUMED.
 * Tests close the socket (with a code, or by dropping TCP) and invalidate the session.
 */
public final class FakeGateway extends WebSocketServer {
  private final CountDownLatch started = new CountDownLatch(1);
  private final Object lock = new Object();
  private final List<JsonNode> received = new ArrayList<>();
  private final TreeMap<Integer, String> sent = new TreeMap<>();
  private final AtomicInteger sessions = new AtomicInteger();
  private WebSocket current;
  private String sessionId;
  private int seq;
  private int refuseIdentify;
  private long intents = -1; // of the last IDENTIFY; -1 before one

  /** MESSAGE_CONTENT, privileged: without it Discord blanks the text of most messages. */
  public static final long MESSAGE_CONTENT = 1L << 15;

  public FakeGateway() {
    this(0);
  }

  /** On a given port (0: any), e.g. the port of a gateway that was stopped, to bring it back. */
  public FakeGateway(int port) {
    super(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    setReuseAddr(true);
    setConnectionLostTimeout(0); // heartbeats are the protocol's job here
  }

  void startAndWait(Duration timeout) throws InterruptedException {
    start();
    if (!started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("fake gateway did not start within " + timeout);
    }
  }

  /** The value for {@code DISCORD_GATEWAY_URL}. */
  public String url() {
    return "ws://127.0.0.1:" + getPort();
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    // Dispatches go to a connection only once it has identified or resumed.
    conn.send(
        "{\"op\": 10, \"d\": {\"heartbeat_interval\": 41250, \"_trace\": [\"fake\"]}, \"s\": null, \"t\": null}");
  }

  @Override
  public void onMessage(WebSocket conn, String text) {
    JsonNode frame = Payloads.parse(text);
    int op = frame.path("op").asInt(-1);
    synchronized (lock) {
      received.add(frame);
      lock.notifyAll();
      switch (op) {
        case 1 -> conn.send("{\"op\": 11, \"d\": null, \"s\": null, \"t\": null}");
        case 2 -> identify(conn, frame.path("d"));
        case 6 -> resume(conn, frame.path("d"));
        default -> {}
      }
    }
  }

  @Override
  public void onMessage(WebSocket conn, ByteBuffer message) {
    throw new IllegalStateException("the bot must send JSON text frames (Compression.NONE)");
  }

  /** Answers every IDENTIFY by closing with this code (e.g. 4014 disallowed intents). */
  public void refuseIdentify(int closeCode) {
    synchronized (lock) {
      refuseIdentify = closeCode;
    }
  }

  private void identify(WebSocket conn, JsonNode d) {
    intents = d.path("intents").asLong(0);
    if (refuseIdentify != 0) {
      current = null;
      conn.close(refuseIdentify, "refused by fake-discord");
      return;
    }
    sessionId = "session-" + sessions.incrementAndGet();
    seq = 0;
    sent.clear();
    current = conn;
    dispatchLocked("READY", Payloads.ready(sessionId, url()));
    dispatchLocked("GUILD_CREATE", Payloads.guildCreate());
  }

  private void resume(WebSocket conn, JsonNode d) {
    if (!d.path("session_id").asText().equals(sessionId)) {
      conn.send("{\"op\": 9, \"d\": false, \"s\": null, \"t\": null}");
      return;
    }
    int last = d.path("seq").asInt();
    for (String missed : sent.tailMap(last, false).values()) {
      conn.send(missed);
    }
    current = conn;
    dispatchLocked("RESUMED", Payloads.parse("{\"_trace\": [\"fake\"]}"));
  }

  /** Sends an event now, or keeps it for the RESUME if the client is not connected. */
  public void dispatch(String type, ObjectNode data) {
    synchronized (lock) {
      dispatchLocked(type, data);
    }
  }

  private void dispatchLocked(String type, ObjectNode data) {
    if (type.equals("MESSAGE_CREATE") && intents >= 0 && (intents & MESSAGE_CONTENT) == 0) {
      data = withoutContent(data);
    }
    ObjectNode frame = Payloads.parse("{\"op\": 0}");
    frame.put("t", type);
    frame.put("s", ++seq);
    frame.set("d", data);
    String json = frame.toString();
    sent.put(seq, json);
    WebSocket conn = current;
    if (conn != null && conn.isOpen()) {
      try {
        conn.send(json);
      } catch (WebsocketNotConnectedException e) {
        // closed in between: the event waits for the RESUME
      }
    }
  }

  /**
   * What Discord sends a bot without MESSAGE_CONTENT: empty content, embeds, attachments and
   * components, except in DMs, in messages that mention the bot and in the bot's own messages; the
   * same for the message replied to.
   */
  public static ObjectNode withoutContent(ObjectNode message) {
    ObjectNode copy = message.deepCopy();
    boolean dm = !copy.has("guild_id");
    boolean own = copy.path("author").path("id").asText().equals(Long.toString(Ids.BOT_ID));
    boolean mentioned = false;
    for (JsonNode user : copy.path("mentions")) {
      mentioned |= user.path("id").asText().equals(Long.toString(Ids.BOT_ID));
    }
    if (!dm && !own && !mentioned) {
      copy.put("content", "");
      copy.putArray("embeds");
      copy.putArray("attachments");
      copy.putArray("components");
    }
    if (copy.get("referenced_message") instanceof ObjectNode replied) {
      copy.set("referenced_message", withoutContent(replied));
    }
    return copy;
  }

  /** The intents of the last IDENTIFY, or -1 before one. */
  public long identifiedIntents() {
    synchronized (lock) {
      return intents;
    }
  }

  /** Closes the connection with a close frame, as Discord does (e.g. 4000 unknown error). */
  public void closeWith(int code) {
    synchronized (lock) {
      WebSocket conn = current;
      current = null;
      conn.close(code, "fake-discord");
    }
  }

  /** Drops the TCP connection without a close frame. */
  public void dropConnection() {
    synchronized (lock) {
      WebSocket conn = current;
      current = null;
      conn.closeConnection(1006, "fake-discord dropped TCP");
    }
  }

  /** Opcode 9 with {@code d: false}: the session is gone, the client must identify again. */
  public void invalidateSession() {
    synchronized (lock) {
      current.send("{\"op\": 9, \"d\": false, \"s\": null, \"t\": null}");
      current = null; // nothing more for this session; the next IDENTIFY starts a new one
    }
  }

  /** Waits until the client has sent {@code n} frames matching, e.g. op 2 (IDENTIFY). */
  public JsonNode awaitReceived(Predicate<JsonNode> filter, int n, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        List<JsonNode> matching = received.stream().filter(filter).toList();
        if (matching.size() >= n) {
          return matching.get(n - 1);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "timed out waiting for gateway frame #" + n + "; got " + received);
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }

  public List<JsonNode> received(Predicate<JsonNode> filter) {
    synchronized (lock) {
      return received.stream().filter(filter).toList();
    }
  }

  public static Predicate<JsonNode> op(int op) {
    return frame -> frame.path("op").asInt(-1) == op;
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    synchronized (lock) {
      if (current == conn) {
        current = null;
      }
    }
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    System.err.println("fake gateway: " + ex);
  }

  public void stopQuietly() throws InterruptedException {
    stop(2000);
  }
}
