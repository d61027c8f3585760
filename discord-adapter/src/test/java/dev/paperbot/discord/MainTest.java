package dev.paperbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
