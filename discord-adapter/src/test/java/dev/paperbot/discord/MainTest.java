package dev.paperbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Operations;
import dev.paperbot.discord.fake.FakeDiscord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @Test
  void withoutATokenItExplainsWhatToSetAndReturnsStatus2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        Main.run(
            Map.of(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(2, status);
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("paperbot-discord: DISCORD_TOKEN is not set."));
  }

  @Test
  void aMalformedReadyTimeoutIsAConfigurationErrorWithStatus2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        Main.run(
            Map.of("DISCORD_TOKEN", "abc.def", "DISCORD_READY_TIMEOUT", "\uFF13\uFF10"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(2, status);
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("paperbot-discord: DISCORD_READY_TIMEOUT must be a number of seconds"));
  }

  @Test
  void aReadyTimeoutEndsStartUpWithOneLineAndStatus1(@TempDir Path data) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (FakeDiscord discord = new FakeDiscord();
        ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> env = discord.env();
      int port = closed.getLocalPort();
      closed.close(); // nothing listens there now: every connect is refused
      env.put(DiscordConfig.GATEWAY_URL, "ws://user:hunter2@127.0.0.1:" + port);
      env.put(DiscordConfig.READY_TIMEOUT, "1");
      env.put("PAPERBOT_DATA_DIR", data.toString()); // where a real feedback store would write
      // Whatever Operations serves, on a port nobody else uses (a default one may be taken).
      try (ServerSocket management = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        env.put(Operations.MANAGEMENT_PORT_VARIABLE, Integer.toString(management.getLocalPort()));
      }

      int status =
          Main.run(
              env,
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));

      assertEquals(1, status);
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, printed.lines().count(), printed);
    assertTrue(printed.startsWith("paperbot-discord: No READY from the Discord gateway"), printed);
    assertTrue(printed.contains("within 1 s"), printed);
    assertFalse(printed.contains("hunter2"), printed);
  }
}
