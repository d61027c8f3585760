package dev.paperbot.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.PageToken;
import dev.paperbot.slack.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every rendered reply guarantees, whatever the answer holds. */
class BlockKitRendererTest {

  private final BlockKitRenderer renderer = new BlockKitRenderer();

  static List<Answer> answers() {
    List<Answer> all = new ArrayList<>(Fixtures.oneOfEachKind());
    all.add(Fixtures.huge());
    all.add(Fixtures.paperList(500));
    return all;
  }

  /** Every mrkdwn text of a message, in block order. */
  static List<String> texts(SlackMessage message) {
    List<String> texts = new ArrayList<>();
    for (LayoutBlock block : message.blocks()) {
      switch (block) {
        case SectionBlock s -> texts.add(s.getText().getText());
        case ContextBlock c ->
            c.getElements().forEach(e -> texts.add(((MarkdownTextObject) e).getText()));
        case ActionsBlock a -> texts.add(((ButtonElement) a.getElements().getFirst()).getValue());
        default -> throw new AssertionError("unexpected block " + block);
      }
    }
    return texts;
  }

  @ParameterizedTest
  @MethodSource("answers")
  void everyReplyHasAtMost50BlocksAndEveryTextIsUnder3000Characters(Answer answer) {
    SlackMessage message = renderer.render(answer, BlockKitRenderer.Context.page(PageToken.list()));

    assertTrue(message.blocks().size() <= 50, "blocks: " + message.blocks().size());
    for (String text : texts(message)) {
      assertTrue(text.length() < 3000, "a text of " + text.length() + " characters");
    }
    assertTrue(message.text().length() < 3000);
  }

  @ParameterizedTest
  @MethodSource("answers")
  void noReplyContainsAnActiveMentionLinkOrBroadcast(Answer answer) {
    SlackMessage message = renderer.render(answer);

    for (String text : texts(message)) {
      assertFalse(text.contains("<!"), "broadcast in " + text);
      assertFalse(text.contains("<@"), "mention in " + text);
      assertFalse(text.contains("<https://evil"), "injected link in " + text);
      assertFalse(text.contains("<b>"), "raw angle brackets in " + text);
    }
  }

  @Test
  void aStarInsideTheHighlightCannotEndTheBold() {
    Evidence evidence =
        new Evidence(
            "2405.04434", "uses *Latent* attention", List.of(new Evidence.Highlight(0, 23)));
    Answer answer = new Answer.Found(Answer.Kind.FACT, "h", List.of(evidence), List.of(), 1);

    String quote = texts(renderer.render(answer)).get(1);

    assertEquals(">*uses \u2217Latent\u2217 attention*", quote);
  }

  @Test
  void highlightedWordsAreBoldAndSpacesStayOutsideTheMarkers() {
    Evidence evidence =
        new Evidence("x", "we use MLA here", List.of(new Evidence.Highlight(2, 11)));
    Answer answer = new Answer.Found(Answer.Kind.FACT, "h", List.of(evidence), List.of(), 1);

    assertEquals(">we *use MLA* here", texts(renderer.render(answer)).get(1));
  }

  @Test
  void citedPapersLinkTheirTitleToTheArxivAbstractPage() {
    String line = texts(renderer.render(Fixtures.found())).get(2);

    assertTrue(
        line.startsWith("<https://arxiv.org/abs/2405.04434|DeepSeek-V2: A \u2217Strong\u2217"),
        line);
  }

  @Test
  void aLongListIsPagedWithAMoreButtonThatCarriesTheNextOffset() {
    SlackMessage first =
        renderer.render(Fixtures.paperList(23), BlockKitRenderer.Context.page(PageToken.list()));

    ActionsBlock actions = (ActionsBlock) first.blocks().getLast();
    ButtonElement more = (ButtonElement) actions.getElements().getFirst();
    assertEquals(BlockKitRenderer.MORE_ACTION_ID, more.getActionId());
    assertEquals(PageToken.list().at(10), PageToken.decode(more.getValue()).orElseThrow());
  }

  @Test
  void theLastPageHasNoMoreButton() {
    SlackMessage last =
        renderer.render(
            Fixtures.paperList(23), BlockKitRenderer.Context.page(PageToken.list().at(20)));

    assertFalse(last.blocks().stream().anyMatch(b -> b instanceof ActionsBlock));
  }

  @Test
  void aListFromAQuestionTooLongForAButtonSaysHowManyMoreInstead() {
    PageToken token = PageToken.question("q".repeat(2_500), "C1:1.0");

    List<String> texts =
        texts(renderer.render(Fixtures.paperList(23), BlockKitRenderer.Context.page(token)));

    assertEquals("…and 13 more not shown.", texts.getLast());
  }

  @Test
  void helpAndNotFoundAreForTheAskerOnlyAndAnswersForEveryone() {
    assertFalse(renderer.render(Fixtures.help()).visibleToAll());
    assertFalse(renderer.render(Fixtures.notFound()).visibleToAll());
    assertTrue(renderer.render(Fixtures.found()).visibleToAll());
    assertTrue(renderer.render(Fixtures.paperList(2)).visibleToAll());
  }

  @Test
  void theAskedLineNamesTheAskerAndQuotesTheQuestionInertly() {
    SlackMessage message =
        renderer.render(
            Fixtures.found(), new BlockKitRenderer.Context("U2147483697", "<!channel> hi", null));

    assertEquals("<@U2147483697> asked: &lt;!channel&gt; hi", texts(message).getFirst());
  }

  @Test
  void anAskerThatIsNotAUserIdIsNotTurnedIntoAMention() {
    SlackMessage message =
        renderer.render(Fixtures.found(), new BlockKitRenderer.Context("!channel", "hi", null));

    assertEquals("Asked: hi", texts(message).getFirst());
  }

  @Test
  void theNotificationFallbackIsTheInertHeadline() {
    assertEquals(
        "DeepSeek-V2 introduced MLA &lt;@U123&gt; \u2217not bold\u2217",
        renderer.render(Fixtures.found()).text());
  }
}
