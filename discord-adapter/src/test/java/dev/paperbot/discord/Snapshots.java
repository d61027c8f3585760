package dev.paperbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden JSON under {@code src/test/resources/snapshots}. After a deliberate rendering change,
 * regenerate with {@code -Dsnapshots.update=true} and review the diff.
 */
public final class Snapshots {
  private static final Path DIR = Path.of("src/test/resources/snapshots");
  private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");
  public static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Snapshots() {}

  /** Compares JSON text (keys sorted, indented) with the snapshot {@code name}. */
  public static void assertMatches(String name, String json) throws IOException {
    String actual = JSON.writeValueAsString(JSON.readValue(json, Object.class)) + "\n";
    Path file = DIR.resolve(name + ".json");
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("no snapshot " + file + "; create it with -Dsnapshots.update=true and review it");
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "snapshot " + file);
  }

  public static void assertMatches(String name, JsonNode json) throws IOException {
    assertMatches(name, JSON.writeValueAsString(json));
  }
}
