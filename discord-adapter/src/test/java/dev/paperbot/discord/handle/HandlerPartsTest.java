package dev.paperbot.discord.handle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.PageToken;
import dev.paperbot.Paper;
import dev.paperbot.discord.Fixtures;
import dev.paperbot.discord.render.EmbedRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

/** The small pure pieces of the handlers: choice names, button ids, mention stripping. */
class HandlerPartsTest {

  @Test
  void aChoiceNameIsTheTitleAndIdCutTo100Characters() {
    Paper paper = Fixtures.paper("2402.00002", "T".repeat(300), LocalDate.of(2024, 1, 1));

    String name = ShowCommand.choiceName(paper);

    assertEquals(100, name.length());
    assertTrue(name.endsWith("T… (2402.00002)"), name);
  }

  @Test
  void aChoiceNameIsOneLineOfPlainText() {
    Paper paper = Fixtures.paper("1", "two\nlines\tand\u0000nul", LocalDate.of(2024, 1, 1));

    assertEquals("two lines and nul (1)", ShowCommand.choiceName(paper));
  }

  @Test
  void atMost25ChoicesAreOffered() {
    List<Paper> papers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      papers.add(Fixtures.paper("2401." + i, "P" + i, LocalDate.of(2024, 1, 1)));
    }

    List<Command.Choice> choices = ShowCommand.choices(papers);

    assertEquals(25, choices.size());
    assertEquals("2401.0", choices.getFirst().getAsString());
  }

  @Test
  void aPagingIdCarriesThePageTokenAndDecodesBackToIt() {
    PageToken token = PageToken.question("which papers are about MoE?", "").at(10);

    String id = Controls.pageId(token).orElseThrow();

    assertEquals(Optional.of(token), Controls.pageToken(id));
    assertFalse(id.contains("\n"), "one line: " + id);
  }

  @Test
  void aQuestionWithBackslashesAndLineBreaksSurvivesTheId() {
    PageToken token = PageToken.question("a\\nb\nc\\", "").at(20);

    assertEquals(Optional.of(token), Controls.pageToken(Controls.pageId(token).orElseThrow()));
  }

  @Test
  void aQuestionTooLongForA100CharacterIdHasNoPagingId() {
    PageToken token = PageToken.question("why ".repeat(25), "");

    assertEquals(Optional.empty(), Controls.pageId(token));
    assertFalse(Controls.pages(token, 23));
  }

  @Test
  void listButtonIdsFromBeforePageTokensStillPage() {
    assertEquals(Optional.of(PageToken.list().at(20)), Controls.pageToken("paper-list:next:3"));
    assertEquals(Optional.of(PageToken.list()), Controls.pageToken("paper-list:prev:1"));
  }

  @Test
  void forgedButtonIdsAreNotPages() {
    assertEquals(Optional.empty(), Controls.pageToken("paper-list:next:-1"));
    assertEquals(Optional.empty(), Controls.pageToken("paper-list:next:99999999999"));
    assertEquals(Optional.empty(), Controls.pageToken("other:next:2"));
    assertEquals(Optional.empty(), Controls.pageToken("pg:p1\\nLIST\\n-5\\n\\n"));
    assertEquals(Optional.empty(), Controls.pageToken("pg:garbage"));
  }

  @Test
  void previousIsDisabledOnPageOneAndNextOnTheLastPage() {
    PageToken token = PageToken.list();
    List<Button> first = Controls.paging(token, new EmbedRenderer.Page(EMBED, 1, 3)).getButtons();
    List<Button> last = Controls.paging(token, new EmbedRenderer.Page(EMBED, 3, 3)).getButtons();

    assertTrue(first.get(0).isDisabled());
    assertFalse(first.get(1).isDisabled());
    assertEquals(Optional.of(token.at(10)), Controls.pageToken(first.get(1).getCustomId()));
    assertFalse(last.get(0).isDisabled());
    assertTrue(last.get(1).isDisabled());
    assertEquals(Optional.of(token.at(10)), Controls.pageToken(last.get(0).getCustomId()));
    assertNotEquals(last.get(0).getCustomId(), last.get(1).getCustomId());
  }

  @Test
  void voteButtonsCarryTheTicketAndAreLeftOutWithoutOne() {
    List<Button> votes = Controls.votes("t-123_abc");

    assertEquals(List.of("fb:up:t-123_abc", "fb:down:t-123_abc"), ids(votes));
    assertEquals(List.of(), Controls.votes(""));
  }

  @Test
  void questionChoicesAreAtMost25CutOnCodePointsWithinDiscordsLimits() {
    List<String> suggestions = new ArrayList<>();
    suggestions.add("x".repeat(99) + "\uD83D\uDE00 tail");
    suggestions.add("two\nlines\tand\u0000nul");
    suggestions.add("   ");
    for (int i = 0; i < 40; i++) {
      suggestions.add("question " + i);
    }

    List<Command.Choice> choices = Suggestions.questionChoices(suggestions);

    assertEquals(25, choices.size());
    assertEquals("x".repeat(99), choices.get(0).getAsString(), "value cut before the emoji");
    assertEquals("x".repeat(99) + "…", choices.get(0).getName());
    assertEquals("two lines and nul", choices.get(1).getName());
    for (Command.Choice c : choices) {
      assertTrue(c.getName().length() <= 100 && c.getAsString().length() <= 100, c::toString);
    }
  }

  private static final net.dv8tion.jda.api.entities.MessageEmbed EMBED =
      new EmbedRenderer().notice("x");

  private static List<String> ids(List<Button> buttons) {
    return buttons.stream().map(Button::getCustomId).toList();
  }

  @Test
  void theBotsMentionTokensAreRemovedFromTheQuestion() {
    assertEquals(
        "what is <@42> MLA?", MentionListener.withoutMention("<@7> what is <@42> <@!7> MLA?", 7));
  }
}
