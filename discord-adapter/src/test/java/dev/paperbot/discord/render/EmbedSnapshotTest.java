package dev.paperbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperbot.Answer;
import dev.paperbot.discord.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact message (embed, buttons, allowed mentions) sent for each kind of answer, against golden
 * JSON in {@code src/test/resources/snapshots}. After a deliberate rendering change, regenerate
 * with {@code mvn -pl discord-adapter test -Dtest=EmbedSnapshotTest -Dsnapshots.update=true} and
 * review the diff.
 */
class EmbedSnapshotTest {
  private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");
  private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private static final EmbedRenderer RENDERER = new EmbedRenderer();

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("found", Fixtures.found()),
        Arguments.of("paper_card", Fixtures.card()),
        Arguments.of("comparison", Fixtures.comparison()),
        Arguments.of("not_found", Fixtures.notFound()),
        Arguments.of("help", Fixtures.help()),
        Arguments.of("paper_list", Fixtures.paperList()),
        Arguments.of("overlong", Fixtures.overlong()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void rendersEachAnswerKindExactlyAsTheSnapshot(String name, Answer answer) throws IOException {
    Reply reply = Reply.of(RENDERER.render(answer), false);

    assertMatchesSnapshot(name, reply.toCreateData());
  }

  @ParameterizedTest(name = "page {0}")
  @MethodSource("pages")
  void rendersPaperListPagesExactlyAsTheSnapshot(int page) throws IOException {
    EmbedRenderer.Page rendered = RENDERER.page(Fixtures.paperList(), page);

    assertMatchesSnapshot(
        "paper_list_page_" + page, Reply.of(rendered.embed(), false).toCreateData());
  }

  static List<Integer> pages() {
    return List.of(1, 2, 3);
  }

  private static void assertMatchesSnapshot(String name, MessageCreateData message)
      throws IOException {
    String actual =
        JSON.writeValueAsString(JSON.readValue(message.toData().toString(), Map.class)) + "\n";
    Path file = SNAPSHOTS.resolve(name + ".json");
    if (UPDATE) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("no snapshot " + file + "; create it with -Dsnapshots.update=true and review it");
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "snapshot " + file);
  }
}
