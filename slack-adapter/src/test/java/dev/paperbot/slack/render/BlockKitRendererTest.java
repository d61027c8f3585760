package dev.paperbot.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ActionsBlock;
import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.PageToken;
import dev.paperbot.slack.testing.Fixtures;
import dev.paperbot.slack.testing.SlackLimits;
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

  @ParameterizedTest
  @MethodSource("answers")
  void everyReplyKeepsEverySlackLimit(Answer answer) {
    SlackMessage message = renderer.render(answer, BlockKitRenderer.Context.page(PageToken.list()));

    assertEquals(List.of(), SlackLimits.violations(message), "limits");
  }

  @ParameterizedTest
  @MethodSource("answers")
  void noReplyContainsAnActiveMentionLinkOrBroadcastFromTheInput(Answer answer) {
    SlackMessage message = renderer.render(answer);

    assertEquals(List.of(), SlackLimits.activeMarkup(message), "active markup");
  }

  @Test
  void aStarInsideTheHighlightStaysAStarInsideTheBold() {
    Evidence evidence =
        new Evidence(
            "2405.04434", "uses *Latent* attention", List.of(new Evidence.Highlight(0, 23)));
    Answer answer = new Answer.Found(Answer.Kind.FACT, "h", List.of(evidence), List.of(), 1);

    String quote = SlackLimits.json(renderer.render(answer).blocks().get(1));

    assertEquals(
        "{\"type\":\"rich_text\",\"elements\":[{\"type\":\"rich_text_quote\",\"elements\":"
            + "[{\"type\":\"text\",\"text\":\"uses *Latent* attention\",\"style\":{\"bold\":true}}]}]}",
        quote);
  }

  @Test
  void identifiersReachSlackByteForByte() {
    Answer answer =
        new Answer.Found(Answer.Kind.ORIGIN, "DQ3_K_M is in `help` ~x~", List.of(), List.of(), 1);

    SlackMessage message = renderer.render(answer);

    assertTrue(
        SlackLimits.json(message.blocks().getFirst()).contains("\"DQ3_K_M is in `help` ~x~\""),
        SlackLimits.json(message.blocks().getFirst()));
    assertEquals("DQ3_K_M is in `help` ~x~", message.text());
  }

  @Test
  void highlightedWordsAreBold() {
    Evidence evidence =
        new Evidence("x", "we use MLA here", List.of(new Evidence.Highlight(3, 10)));
    Answer answer = new Answer.Found(Answer.Kind.FACT, "h", List.of(evidence), List.of(), 1);

    assertEquals(
        "{\"type\":\"rich_text\",\"elements\":[{\"type\":\"rich_text_quote\",\"elements\":["
            + "{\"type\":\"text\",\"text\":\"we \"},"
            + "{\"type\":\"text\",\"text\":\"use MLA\",\"style\":{\"bold\":true}},"
            + "{\"type\":\"text\",\"text\":\" here\"}]}]}",
        SlackLimits.json(renderer.render(answer).blocks().get(1)));
  }

  @Test
  void citedPapersLinkTheirTitleToTheArxivAbstractPage() {
    String line = SlackLimits.json(renderer.render(Fixtures.found()).blocks().get(2));

    assertTrue(
        line.contains(
            "{\"type\":\"link\",\"url\":\"https://arxiv.org/abs/2405.04434\","
                + "\"text\":\"DeepSeek-V2: A *Strong* & Economical <MoE> Model <!channel>\"}"),
        line);
  }

  @Test
  void theHelpFooterShowsItsPlaceholdersAsCodeNeverAsLinks() {
    SlackMessage help = renderer.render(Fixtures.help());

    String footer = SlackLimits.json(help.blocks().getLast());
    assertTrue(
        footer.contains(
            "{\"type\":\"text\",\"text\":\"/paper <question>\",\"style\":{\"code\":true}}"),
        footer);
    assertEquals(List.of(), SlackLimits.activeMarkup(help));
  }

  @Test
  void aLongListIsPagedWithAMoreButtonThatCarriesTheNextOffset() {
    SlackMessage first =
        renderer.render(Fixtures.paperList(23), BlockKitRenderer.Context.page(PageToken.list()));

    ActionsBlock actions = (ActionsBlock) first.blocks().getLast();
    var more = (com.slack.api.model.block.element.ButtonElement) actions.getElements().getFirst();
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

    SlackMessage message =
        renderer.render(Fixtures.paperList(23), BlockKitRenderer.Context.page(token));

    assertTrue(
        SlackLimits.json(message.blocks().getLast()).contains("…and 13 more not shown."),
        SlackLimits.json(message.blocks().getLast()));
  }

  @Test
  void helpAndNotFoundAreForTheAskerOnlyAndAnswersForEveryone() {
    assertFalse(renderer.render(Fixtures.help()).visibleToAll());
    assertFalse(renderer.render(Fixtures.notFound()).visibleToAll());
    assertTrue(renderer.render(Fixtures.found()).visibleToAll());
    assertTrue(renderer.render(Fixtures.paperList(2)).visibleToAll());
  }

  @Test
  void theAskedLineNamesTheAskerAsAUserElementAndQuotesTheQuestionAsText() {
    SlackMessage message =
        renderer.render(
            Fixtures.found(), new BlockKitRenderer.Context("U2147483697", "<!channel> hi", null));

    assertEquals(
        "{\"type\":\"rich_text\",\"elements\":[{\"type\":\"rich_text_section\",\"elements\":["
            + "{\"type\":\"user\",\"user_id\":\"U2147483697\"},"
            + "{\"type\":\"text\",\"text\":\" asked: \"},"
            + "{\"type\":\"text\",\"text\":\"<!channel> hi\"}]}]}",
        SlackLimits.json(message.blocks().getFirst()));
  }

  @Test
  void anAskerThatIsNotAUserIdIsNotTurnedIntoAMention() {
    SlackMessage message =
        renderer.render(Fixtures.found(), new BlockKitRenderer.Context("!channel", "hi", null));

    assertFalse(SlackLimits.json(message.blocks().getFirst()).contains("\"user\""));
  }

  @Test
  void theNotificationFallbackIsTheHeadlineWithOnlyAmpersandAndAnglesEscaped() {
    assertEquals(
        "DeepSeek-V2 introduced MLA &lt;@U123&gt; *not bold*",
        renderer.render(Fixtures.found()).text());
  }

  @Test
  void voteButtonsCarryTheTicketAndAreLeftOutWithoutOne() {
    SlackMessage plain = renderer.render(Fixtures.found());

    SlackMessage voting = renderer.withButtons(plain, "tkt_1-A", null);

    assertEquals(plain, renderer.withButtons(plain, "", null), "Feedback.none() gives no ticket");
    ActionsBlock actions = (ActionsBlock) voting.blocks().getLast();
    assertEquals(
        List.of(BlockKitRenderer.VOTE_UP_ACTION_ID, BlockKitRenderer.VOTE_DOWN_ACTION_ID),
        actions.getElements().stream()
            .map(e -> ((com.slack.api.model.block.element.ButtonElement) e).getActionId())
            .toList());
    assertEquals(
        "tkt_1-A",
        ((com.slack.api.model.block.element.ButtonElement) actions.getElements().getFirst())
            .getValue());
  }

  @Test
  void aSharedAnswerIsTheSameBlocksWithoutTheShareButtonUnderTheAskersName() {
    SlackMessage voting = renderer.withButtons(renderer.render(Fixtures.found()), "t1", null);

    SlackMessage shared = renderer.shared(voting, "U2147483697");

    assertEquals(voting.blocks(), shared.blocks().subList(1, shared.blocks().size()));
    assertTrue(shared.visibleToAll());
  }
}
