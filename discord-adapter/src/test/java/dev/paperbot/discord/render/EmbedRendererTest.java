package dev.paperbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.discord.Fixtures;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class EmbedRendererTest {
  private final EmbedRenderer renderer = new EmbedRenderer();

  @Test
  void anOverlongAnswerStaysWithinEveryDiscordLimit() {
    MessageEmbed embed = renderer.render(Fixtures.overlong());

    assertTrue(embed.isSendable(), "total " + embed.getLength());
    assertTrue(embed.getLength() <= MessageEmbed.EMBED_MAX_LENGTH_BOT);
    assertTrue(embed.getTitle().length() <= MessageEmbed.TITLE_MAX_LENGTH);
    assertTrue(embed.getDescription().length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH);
    embed
        .getFields()
        .forEach(f -> assertTrue(f.getValue().length() <= MessageEmbed.VALUE_MAX_LENGTH));
    assertTrue(embed.getFields().size() <= MessageEmbed.MAX_FIELD_AMOUNT);
  }

  @Test
  void saysHowManyCitedPapersDidNotFit() {
    MessageEmbed embed = renderer.render(Fixtures.overlong());

    int more = Fixtures.overlong().papers().size() - embed.getFields().size();
    assertTrue(embed.getFooter().getText().endsWith(" · " + more + " more papers"));
  }

  @Test
  void boldsTheHighlightedWordsOfTheEvidence() {
    String description = renderer.render(Fixtures.found()).getDescription();

    assertTrue(
        description.startsWith(
            "> We introduce **Multi-head Latent Attention** \\(MLA\\) to compress the KV cache."),
        description);
  }

  @Test
  void keepsSpacesOutsideTheBoldMarkers() {
    Answer found =
        new Answer.Found(
            Answer.Kind.FACT,
            "h",
            List.of(new Evidence("1", "a big cat", List.of(new Evidence.Highlight(1, 6)))),
            List.of(),
            1);

    assertEquals("> a **big** cat\n> — arXiv:1", renderer.render(found).getDescription());
  }

  @Test
  void linksEachCitedPaperTitleToItsArxivAbstractBestFirst() {
    List<MessageEmbed.Field> fields = renderer.render(Fixtures.found()).getFields();

    assertEquals("1. arXiv:2405.04434", fields.get(0).getName());
    assertTrue(
        fields
            .get(0)
            .getValue()
            .startsWith(
                "[DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts"
                    + " Language Model](https://arxiv.org/abs/2405.04434)\nDeepSeek-AI et al.\n2024-05-07"));
    assertEquals("2. arXiv:2401.00001", fields.get(1).getName());
  }

  @Test
  void percentEncodesAnIdThatIsNotAnArxivId() {
    assertEquals(
        java.util.Optional.of("https://arxiv.org/abs/x%29%5Bevil%5D%28"),
        EmbedRenderer.arxivUrl("x)[evil]("));
  }

  @Test
  void pagesAreClampedToTheList() {
    EmbedRenderer.Page page = renderer.page(Fixtures.paperList(), 99);

    assertEquals(3, page.page());
    assertEquals(3, page.pages());
    assertEquals(3, page.embed().getFields().size());
    assertEquals("21. arXiv:2403.00021", page.embed().getFields().get(0).getName());
  }

  @Test
  void anEmptyHeadlineStillGivesATitle() {
    MessageEmbed embed =
        renderer.render(new Answer.Found(Answer.Kind.FACT, "  ", List.of(), List.of(), 0));

    assertEquals("PaperBot", embed.getTitle());
  }

  @Test
  void coloursSayWhetherItWasFound() {
    assertEquals(EmbedRenderer.FOUND, renderer.render(Fixtures.found()).getColorRaw());
    assertEquals(EmbedRenderer.NOT_FOUND, renderer.render(Fixtures.notFound()).getColorRaw());
  }
}
