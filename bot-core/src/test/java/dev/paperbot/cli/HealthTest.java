package dev.paperbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Operations;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code health}: the container's HEALTHCHECK, against a real management port. */
class HealthTest {

  @Test
  void healthyOnlyWhileTheManagementPortSaysUp() throws Exception {
    try (Operations ops =
        Operations.fromEnvironment(
            Map.of("PAPERBOT_MANAGEMENT_PORT", "0", "BIND_ADDRESS", "127.0.0.1"))) {
      Map<String, String> env =
          Map.of("PAPERBOT_MANAGEMENT_PORT", Integer.toString(ops.managementPort().getAsInt()));
      MainTest.Run down = MainTest.run(env, "", "health");
      assertEquals(1, down.status());
      assertTrue(down.out().contains("\"DOWN\""), down.out());

      ops.ready("index", true);
      ops.ready("discord", true);
      MainTest.Run up = MainTest.run(env, "", "health");
      assertEquals(0, up.status(), up.err());
      assertTrue(up.out().contains("\"status\":\"UP\""), up.out());
    }
  }

  @Test
  void unreachableIsUnhealthyInOneLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    MainTest.Run r = MainTest.run(Map.of(), "", "health", "--port", Integer.toString(port));
    assertEquals(1, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("unreachable"), r.err());
  }
}
