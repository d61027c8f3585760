package dev.paperbot.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.paperbot.Answer;
import dev.paperbot.PageToken;
import dev.paperbot.slack.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact Block Kit JSON of each answer kind, rendered from nasty fixtures, against golden files
 * in {@code src/test/resources/snapshots/}. A difference fails the test; to accept a deliberate
 * change, regenerate with {@code -Dsnapshots.update=true} and review the diff in the commit.
 */
class BlockKitSnapshotTest {

  private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");
  private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");

  private final BlockKitRenderer renderer = new BlockKitRenderer();

  static Stream<Arguments> snapshots() {
    return Stream.of(
        Arguments.of("found", Fixtures.found(), BlockKitRenderer.Context.NONE),
        Arguments.of(
            "found-asked-by-slash-command",
            Fixtures.found(),
            new BlockKitRenderer.Context("U2147483697", Fixtures.NASTY, null)),
        Arguments.of(
            "paper-list-first-page",
            Fixtures.paperList(23),
            BlockKitRenderer.Context.page(PageToken.list())),
        Arguments.of(
            "paper-list-last-page",
            Fixtures.paperList(23),
            BlockKitRenderer.Context.page(PageToken.list().at(20))),
        Arguments.of("paper-list-short", Fixtures.paperList(3), BlockKitRenderer.Context.NONE),
        Arguments.of("paper-card", Fixtures.paperCard(), BlockKitRenderer.Context.NONE),
        Arguments.of("comparison", Fixtures.comparison(), BlockKitRenderer.Context.NONE),
        Arguments.of("not-found", Fixtures.notFound(), BlockKitRenderer.Context.NONE),
        Arguments.of("help", Fixtures.help(), BlockKitRenderer.Context.NONE),
        Arguments.of("identifiers", Fixtures.identifiers(), BlockKitRenderer.Context.NONE));
  }

  private final Gson pretty = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private final Gson slack = GsonFactory.createSnakeCase();

  private static void assertSnapshot(String name, String actual) throws IOException {
    Path golden = SNAPSHOTS.resolve(name + ".json");
    if (UPDATE) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(golden),
        "no snapshot " + golden + "; create it on purpose with -Dsnapshots.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
  }

  private String message(SlackMessage message) {
    JsonObject json = new JsonObject();
    json.addProperty("text", message.text());
    json.add("blocks", slack.toJsonTree(message.blocks()));
    return pretty.toJson(json) + "\n";
  }

  /** A private /paper answer: vote buttons with the ticket, and Share with channel. */
  @Test
  void privateAnswerWithVoteAndShareButtons() throws IOException {
    SlackMessage message =
        renderer.withButtons(
            renderer.render(
                Fixtures.found(), new BlockKitRenderer.Context("U2147483697", "MLA?", null)),
            "tkt_0123456789abcdef",
            "shareKey-0123456");

    assertSnapshot("private-answer-with-buttons", message(message));
  }

  /** The same answer posted to the channel by its asker. */
  @Test
  void sharedAnswer() throws IOException {
    SlackMessage voting =
        renderer.withButtons(
            renderer.render(
                Fixtures.found(), new BlockKitRenderer.Context("U2147483697", "MLA?", null)),
            "tkt_0123456789abcdef",
            null);

    assertSnapshot("shared-answer", message(renderer.shared(voting, "U2147483697")));
  }

  @Test
  void appHome() throws IOException {
    var view =
        renderer.home(
            Fixtures.help(),
            Fixtures.paperList(3).papers(),
            List.of("which paper introduced MLA?", "<!channel> *DQ3_K_M*"));

    assertSnapshot("app-home", pretty.toJson(slack.toJsonTree(view)) + "\n");
  }

  @Test
  void unfurlOfACorpusPaper() throws IOException {
    assertSnapshot(
        "unfurl", pretty.toJson(slack.toJsonTree(renderer.unfurl(Fixtures.deepseek()))) + "\n");
  }

  @Test
  void voteAcknowledgement() throws IOException {
    assertSnapshot("vote-thanks", message(renderer.notice("Thanks for the feedback!")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snapshots")
  void renderedBlockKitMatchesTheGoldenFile(
      String name, Answer answer, BlockKitRenderer.Context context) throws IOException {
    SlackMessage message = renderer.render(answer, context);
    Gson slack = GsonFactory.createSnakeCase();
    JsonObject json = new JsonObject();
    json.addProperty("text", message.text());
    json.add("blocks", slack.toJsonTree(message.blocks()));
    String actual =
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
    Path golden = SNAPSHOTS.resolve(name + ".json");

    if (UPDATE) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }

    assertTrue(
        Files.exists(golden),
        "no snapshot " + golden + "; create it on purpose with -Dsnapshots.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
  }
}
