package dev.paperbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.slack.handle.SlackHandlers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code manifest.yml} asks for exactly the scopes and events the listeners use: a missing one
 * silently drops a feature in a real workspace, an extra one asks admins for more than needed.
 */
class ManifestTest {

  private static final List<String> LINES = read();

  private static List<String> read() {
    try {
      return Files.readAllLines(Path.of("manifest.yml"));
    } catch (IOException e) {
      throw new IllegalStateException("slack-adapter/manifest.yml is missing", e);
    }
  }

  /** The {@code - item} entries directly under the line ending in {@code key:}. */
  private static Set<String> listUnder(String key) {
    Set<String> items = new TreeSet<>();
    int start = -1;
    for (int i = 0; i < LINES.size(); i++) {
      if (LINES.get(i).strip().equals(key + ":")) {
        start = i + 1;
        break;
      }
    }
    assertTrue(start > 0, "no " + key + " in manifest.yml");
    for (int i = start; i < LINES.size(); i++) {
      String line = LINES.get(i).strip();
      if (!line.startsWith("- ")) {
        if (line.startsWith("#")) {
          continue;
        }
        break;
      }
      String item = line.substring(2);
      int comment = item.indexOf('#');
      items.add((comment >= 0 ? item.substring(0, comment) : item).strip());
    }
    return items;
  }

  @Test
  void botScopesAreExactlyTheOnesTheFeaturesUse() {
    assertEquals(
        new TreeSet<>(
            List.of(
                "app_mentions:read",
                "channels:history",
                "chat:write",
                "commands",
                "groups:history",
                "im:history",
                "links:read",
                "links:write")),
        listUnder("bot"));
  }

  @Test
  void botEventsAreExactlyTheOnesTheListenersHandle() {
    assertEquals(
        new TreeSet<>(
            List.of(
                "app_home_opened",
                "app_mention",
                "link_shared",
                "message.channels",
                "message.groups",
                "message.im")),
        listUnder("bot_events"));
  }

  @Test
  void theFeaturesTheHandlersServeAreSwitchedOn() {
    String manifest = String.join("\n", LINES);
    List<String> missing = new ArrayList<>();
    for (String expected :
        List.of(
            "home_tab_enabled: true",
            "callback_id: " + SlackHandlers.SHORTCUT_CALLBACK_ID,
            "command: " + SlackHandlers.COMMAND,
            "- arxiv.org",
            "is_enabled: true")) {
      if (!manifest.contains(expected)) {
        missing.add(expected);
      }
    }
    assertEquals(List.of(), missing);
  }
}
