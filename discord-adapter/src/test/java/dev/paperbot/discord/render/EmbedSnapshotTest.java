package dev.paperbot.discord.render;

import dev.paperbot.Answer;
import dev.paperbot.discord.Fixtures;
import dev.paperbot.discord.Snapshots;
import java.io.IOException;
import java.util.List;
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
    Snapshots.assertMatches(name, message.toData().toString());
  }
}
