package dev.paperbot.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.PageToken;
import dev.paperbot.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns an {@link Answer} into a Slack message: headline, quoted evidence with the matched words in
 * bold, one line per cited paper (title linked to its arXiv page, authors, date), best first.
 *
 * <p>Every string from a user or the corpus goes through {@link Mrkdwn}, so no reply can ping, link
 * or format anything the renderer did not write itself. Stays within Slack's limits: at most
 * {@value #MAX_BLOCKS} blocks, every text under 3,000 characters; long lists are paged with a
 * "More" button whose value carries the {@link PageToken}. Stateless and thread-safe.
 */
public final class BlockKitRenderer {

  /** Slack rejects a message with more blocks than this. */
  public static final int MAX_BLOCKS = 50;

  /** Papers per page of a list; a screenful. */
  public static final int PAGE_SIZE = 10;

  /** The {@code action_id} of the "More" button. */
  public static final String MORE_ACTION_ID = "paperbot_more";

  /** Slack limits a button value to 2000 characters. */
  static final int MAX_BUTTON_VALUE = 2_000;

  /** Evidence sentences quoted per answer; more is noise in a chat reply. */
  static final int MAX_EVIDENCE = 3;

  /** Papers cited under a single answer (lists page instead). */
  static final int MAX_CITED = 10;

  /** The quoted question in "@ana asked: …" is cut here; it is context, not content. */
  static final int MAX_ECHO = 300;

  /** Abstracts on a paper card are cut here to keep the card readable. */
  static final int MAX_ABSTRACT = 1_500;

  /** Slack's limit for a text element of a context block is 3000; stay under it. */
  private static final int CONTEXT_LIMIT = 2_000;

  /** arXiv ids (new and old style); anything else is not turned into a link. */
  private static final Pattern ARXIV_ID = Pattern.compile("[A-Za-z0-9.\\-/]{4,40}");

  /** Slack user ids; anything else is not turned into a mention. */
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");

  /**
   * Who asked what, shown above answers to a slash command ("@ana asked: …"); and where a list
   * answer came from, so its "More" button can fetch the next page.
   *
   * @param askerUserId the Slack user id of the asker, or null to show no "asked" line
   * @param question the question as typed, or null
   * @param page the token for paging a list answer, or null for no "More" button
   */
  public record Context(String askerUserId, String question, PageToken page) {
    public static final Context NONE = new Context(null, null, null);

    public static Context page(PageToken page) {
      return new Context(null, null, page);
    }
  }

  public SlackMessage render(Answer answer) {
    return render(answer, Context.NONE);
  }

  public SlackMessage render(Answer answer, Context context) {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(context, "context");
    List<LayoutBlock> blocks = new ArrayList<>();
    askedLine(context).ifPresent(blocks::add);
    blocks.add(section(new Mrkdwn(Mrkdwn.SECTION_LIMIT).bold(answer.headline())));
    switch (answer) {
      case Answer.Found found -> {
        evidence(found.evidence(), blocks);
        cited(found.papers(), blocks);
      }
      case Answer.PaperList list -> paperList(list, context.page(), blocks);
      case Answer.PaperCard card -> paperCard(card, blocks);
      case Answer.Comparison comparison -> comparison(comparison, blocks);
      case Answer.NotFound notFound -> notFound(notFound, blocks);
      case Answer.Help help -> help(help, blocks);
    }
    return new SlackMessage(fallback(answer.headline()), capped(blocks), visibleToAll(answer));
  }

  /** A short notice of the adapter's own (errors, usage), shown to the asker only. */
  public SlackMessage notice(String plainText) {
    return new SlackMessage(
        fallback(plainText),
        List.of(section(new Mrkdwn(Mrkdwn.SECTION_LIMIT).text(plainText))),
        false);
  }

  private static boolean visibleToAll(Answer answer) {
    return switch (answer) {
      case Answer.NotFound notFound -> false;
      case Answer.Help help -> false;
      case Answer.Found found -> true;
      case Answer.PaperList list -> true;
      case Answer.PaperCard card -> true;
      case Answer.Comparison comparison -> true;
    };
  }

  private static String fallback(String headline) {
    return new Mrkdwn(Mrkdwn.SECTION_LIMIT).text(headline.replace('\n', ' ')).toString();
  }

  private static java.util.Optional<LayoutBlock> askedLine(Context context) {
    if (context.askerUserId() == null || context.question() == null) {
      return java.util.Optional.empty();
    }
    Mrkdwn line = new Mrkdwn(CONTEXT_LIMIT);
    if (USER_ID.matcher(context.askerUserId()).matches()) {
      line.markup("<@" + context.askerUserId() + "> asked: ");
    } else {
      line.markup("Asked: ");
    }
    line.text(cut(oneLine(context.question()), MAX_ECHO));
    return java.util.Optional.of(contextBlock(line));
  }

  private static void evidence(List<Evidence> evidence, List<LayoutBlock> blocks) {
    for (Evidence e : evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()))) {
      Mrkdwn quote = new Mrkdwn(Mrkdwn.SECTION_LIMIT).markup(">");
      for (Evidence.Segment segment : e.segments()) {
        String text = oneLine(segment.text());
        if (segment.marked()) {
          quote.bold(text);
        } else {
          quote.text(text);
        }
      }
      blocks.add(section(quote));
    }
  }

  private static void cited(List<Paper> papers, List<LayoutBlock> blocks) {
    for (Paper paper : papers.subList(0, Math.min(MAX_CITED, papers.size()))) {
      blocks.add(contextBlock(paperLine(paper, new Mrkdwn(CONTEXT_LIMIT))));
    }
  }

  private static Mrkdwn paperLine(Paper paper, Mrkdwn line) {
    titleLink(paper, line);
    return line.markup(" · ")
        .text(paper.authorLine())
        .markup(" · ")
        .text(paper.published().toString());
  }

  private static void titleLink(Paper paper, Mrkdwn line) {
    String title = oneLine(paper.title());
    if (ARXIV_ID.matcher(paper.id()).matches()) {
      line.link("https://arxiv.org/abs/" + paper.id(), title);
    } else {
      line.text(title);
    }
  }

  private static void paperList(Answer.PaperList list, PageToken page, List<LayoutBlock> blocks) {
    List<Paper> papers = list.papers();
    int from = page == null ? 0 : Math.min(page.offset(), papers.size());
    int to = Math.min(from + PAGE_SIZE, papers.size());
    if (from == 0) {
      evidence(list.evidence(), blocks);
    }
    for (Paper paper : papers.subList(from, to)) {
      Mrkdwn entry = new Mrkdwn(Mrkdwn.SECTION_LIMIT);
      titleLink(paper, entry);
      entry.markup("\n").text(paper.authorLine()).markup(" · ").text(paper.published().toString());
      if (!paper.category().isEmpty()) {
        entry.markup(" · ").text(paper.category());
      }
      blocks.add(section(entry));
    }
    if (papers.size() > PAGE_SIZE) {
      blocks.add(
          contextBlock(
              new Mrkdwn(CONTEXT_LIMIT)
                  .markup("Papers " + (from + 1) + "–" + to + " of " + papers.size())));
    }
    if (to < papers.size()) {
      PageToken next = page == null ? null : page.at(to);
      if (next != null && next.fits(MAX_BUTTON_VALUE)) {
        blocks.add(
            ActionsBlock.builder()
                .elements(
                    List.of(
                        ButtonElement.builder()
                            .actionId(MORE_ACTION_ID)
                            .text(PlainTextObject.builder().text("More").build())
                            .value(next.encode())
                            .build()))
                .build());
      } else {
        blocks.add(
            contextBlock(
                new Mrkdwn(CONTEXT_LIMIT)
                    .markup("…and " + (papers.size() - to) + " more not shown.")));
      }
    }
  }

  private static void paperCard(Answer.PaperCard card, List<LayoutBlock> blocks) {
    Paper paper = card.paper();
    Mrkdwn head = new Mrkdwn(Mrkdwn.SECTION_LIMIT);
    titleLink(paper, head);
    head.markup("\n").text(paper.authorLine());
    if (!paper.affiliations().isEmpty()) {
      head.markup("\n").text(String.join("; ", paper.affiliations()));
    }
    head.markup("\n").text(paper.published().toString());
    if (!paper.category().isEmpty()) {
      head.markup(" · ").text(paper.category());
    }
    blocks.add(section(head));
    blocks.add(
        section(new Mrkdwn(Mrkdwn.SECTION_LIMIT).text(cut(paper.abstractText(), MAX_ABSTRACT))));
    evidence(card.evidence(), blocks);
    Mrkdwn links = new Mrkdwn(CONTEXT_LIMIT);
    if (ARXIV_ID.matcher(paper.id()).matches()) {
      links
          .link("https://arxiv.org/abs/" + paper.id(), "arXiv " + paper.id())
          .markup(" · ")
          .link("https://arxiv.org/pdf/" + paper.id(), "PDF");
    } else {
      links.text(paper.id());
    }
    if (paper.codeUrl() != null && isSafeUrl(paper.codeUrl())) {
      links.markup(" · ").link(paper.codeUrl(), "Code");
    }
    blocks.add(contextBlock(links));
  }

  /**
   * A corpus URL is linked only when it is plain https with no character Slack treats as markup.
   */
  private static boolean isSafeUrl(String url) {
    return url.startsWith("https://")
        && url.length() < 500
        && url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '|' || c == '&');
  }

  private static void comparison(Answer.Comparison comparison, List<LayoutBlock> blocks) {
    if (!comparison.differences().isEmpty()) {
      Mrkdwn table = new Mrkdwn(Mrkdwn.SECTION_LIMIT);
      boolean first = true;
      for (Answer.Comparison.Difference d : comparison.differences()) {
        table.markup(first ? "• " : "\n• ");
        table.bold(oneLine(d.aspect())).markup(": ");
        table.text(oneLine(d.first())).markup(" vs ").text(oneLine(d.second()));
        first = false;
      }
      blocks.add(section(table));
    }
    evidence(comparison.evidence(), blocks);
    cited(comparison.papers(), blocks);
  }

  private static void notFound(Answer.NotFound notFound, List<LayoutBlock> blocks) {
    if (!notFound.hint().isEmpty()) {
      blocks.add(section(new Mrkdwn(Mrkdwn.SECTION_LIMIT).text(notFound.hint())));
    }
    if (!notFound.mentionedIn().isEmpty()) {
      blocks.add(contextBlock(new Mrkdwn(CONTEXT_LIMIT).markup("Mentioned (not introduced) in:")));
      cited(notFound.mentionedIn(), blocks);
    }
  }

  private static void help(Answer.Help help, List<LayoutBlock> blocks) {
    if (!help.examples().isEmpty()) {
      Mrkdwn examples = new Mrkdwn(Mrkdwn.SECTION_LIMIT);
      boolean first = true;
      for (String example : help.examples()) {
        examples.markup(first ? "• " : "\n• ").text(oneLine(example));
        first = false;
      }
      blocks.add(section(examples));
    }
    blocks.add(
        contextBlock(
            new Mrkdwn(CONTEXT_LIMIT)
                .markup(
                    "Ask with `/paper <question>`, `/paper list`, `/paper show <arXiv id or title"
                        + " words>`, or mention me in a channel.")));
  }

  /** Keeps a message within {@value #MAX_BLOCKS} blocks, saying so when something was cut. */
  private static List<LayoutBlock> capped(List<LayoutBlock> blocks) {
    if (blocks.size() <= MAX_BLOCKS) {
      return blocks;
    }
    List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
    kept.add(contextBlock(new Mrkdwn(CONTEXT_LIMIT).markup("…(cut to fit one Slack message)")));
    return kept;
  }

  private static SectionBlock section(Mrkdwn text) {
    return SectionBlock.builder().text(mrkdwn(text)).build();
  }

  private static ContextBlock contextBlock(Mrkdwn text) {
    return ContextBlock.builder().elements(List.<ContextBlockElement>of(mrkdwn(text))).build();
  }

  /**
   * Verbatim: Slack does not auto-link bare URLs or channel names in the text; the links the
   * renderer wrote ({@code <url|label>}) still work.
   */
  private static MarkdownTextObject mrkdwn(Mrkdwn text) {
    return MarkdownTextObject.builder().text(text.toString()).verbatim(true).build();
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…";
  }
}
