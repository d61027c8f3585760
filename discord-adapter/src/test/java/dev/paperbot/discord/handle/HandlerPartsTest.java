package dev.paperbot.discord.handle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Paper;
import dev.paperbot.discord.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  void buttonIdsCarryTheTargetPage() {
    assertEquals(Optional.of(3), ListCommand.pageOf("paper-list:next:3"));
    assertEquals(Optional.of(1), ListCommand.pageOf("paper-list:prev:1"));
  }

  @Test
  void forgedButtonIdsAreNotPages() {
    assertEquals(Optional.empty(), ListCommand.pageOf("paper-list:next:-1"));
    assertEquals(Optional.empty(), ListCommand.pageOf("paper-list:next:99999999999"));
    assertEquals(Optional.empty(), ListCommand.pageOf("other:next:2"));
  }

  @Test
  void previousIsDisabledOnPageOneAndNextOnTheLastPage() {
    var first = ListCommand.buttons(1, 3).getButtons();
    var last = ListCommand.buttons(3, 3).getButtons();

    assertTrue(first.get(0).isDisabled());
    assertTrue(!first.get(1).isDisabled());
    assertTrue(!last.get(0).isDisabled());
    assertTrue(last.get(1).isDisabled());
  }

  @Test
  void theBotsMentionTokensAreRemovedFromTheQuestion() {
    assertEquals(
        "what is <@42> MLA?", MentionListener.withoutMention("<@7> what is <@42> <@!7> MLA?", 7));
  }
}
