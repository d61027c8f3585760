package dev.paperbot.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.RichTextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.RichTextElement;
import com.slack.api.model.block.element.RichTextListElement;
import com.slack.api.model.block.element.RichTextQuoteElement;
import com.slack.api.model.block.element.RichTextSectionElement;
import com.slack.api.model.view.View;
import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.PageToken;
import dev.paperbot.Paper;
import dev.paperbot.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an {@link Answer} into a Slack message: headline, quoted evidence with the matched words in
 * bold, one line per cited paper (title linked to its arXiv page, authors, date), best first; and
 * the App Home view and link unfurls from the same pieces.
 *
 * <p>Every string from a user or the corpus goes into rich_text text elements ({@link RichText}),
 * which Slack does not parse, so it arrives byte for byte and no reply can ping, link or format
 * anything the renderer did not build itself; the notification fallback is mrkdwn with {@code &},
 * {@code <}, {@code >} escaped. Stays within Slack's limits: at most {@value #MAX_BLOCKS} blocks,
 * every text under 3,000 characters, button values under 2,000; long lists are paged with a "More"
 * button whose value carries the {@link PageToken}. Stateless and thread-safe.
 */
public final class BlockKitRenderer {

  /** Slack rejects a message with more blocks than this. */
  public static final int MAX_BLOCKS = 50;

  /** Slack rejects a Home tab view with more blocks than this. */
  public static final int MAX_VIEW_BLOCKS = 100;

  /** Papers per page of a list; a screenful. */
  public static final int PAGE_SIZE = 10;

  /** The {@code action_id} of the "More" button. */
  public static final String MORE_ACTION_ID = "paperbot_more";

  /** The {@code action_id}s of the vote buttons; their value is the feedback ticket. */
  public static final String VOTE_UP_ACTION_ID = "paperbot_vote_up";

  public static final String VOTE_DOWN_ACTION_ID = "paperbot_vote_down";

  /** The {@code action_id} of "Share with channel"; its value is the share key. */
  public static final String SHARE_ACTION_ID = "paperbot_share";

  /** Slack limits a button value to 2000 characters. */
  static final int MAX_BUTTON_VALUE = 2_000;

  /** Slack limits a button's text to 75 characters. */
  static final int MAX_BUTTON_TEXT = 75;

  /** Evidence sentences quoted per answer; more is noise in a chat reply. */
  static final int MAX_EVIDENCE = 3;

  /** Papers cited under a single answer (lists page instead). */
  static final int MAX_CITED = 10;

  /** The quoted question in "@ana asked: …" is cut here; it is context, not content. */
  static final int MAX_ECHO = 300;

  /** Abstracts on a paper card are cut here to keep the card readable. */
  static final int MAX_ABSTRACT = 1_500;

  /** Abstracts in an unfurl are shorter: the card sits under someone else's message. */
  static final int MAX_UNFURL_ABSTRACT = 600;

  /** Slack's limit for a plain_text element of a context block is 3000; stay under it. */
  private static final int CONTEXT_LIMIT = 2_000;

  /** Slack's limit for a header block's text. */
  private static final int HEADER_LIMIT = 150;

  /** Recent questions shown on the App Home tab. */
  public static final int HOME_RECENT_QUESTIONS = 5;

  /** arXiv ids (new and old style); anything else is not turned into a link. */
  private static final Pattern ARXIV_ID = Pattern.compile("[A-Za-z0-9.\\-/]{4,40}");

  /** Slack user ids; anything else is not turned into a mention. */
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");

  /** Feedback tickets as {@code Feedback.ticket} promises them. */
  private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{1,32}");

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
    addParagraph(blocks, new RichText().bold(RichText.oneLine(answer.headline())));
    switch (answer) {
      case Answer.Found found -> {
        evidence(found.evidence(), blocks);
        cited(found.papers(), blocks);
      }
      case Answer.PaperList list -> paperList(list, context.page(), blocks);
      case Answer.PaperCard card -> paperCard(card.paper(), MAX_ABSTRACT, blocks, card.evidence());
      case Answer.Comparison comparison -> comparison(comparison, blocks);
      case Answer.NotFound notFound -> notFound(notFound, blocks);
      case Answer.Help help -> help(help, blocks);
    }
    return new SlackMessage(
        fallback(answer.headline()),
        capped(blocks, MAX_BLOCKS),
        answer.visibility() == Visibility.CHANNEL);
  }

  /**
   * The message with its buttons: 👍/👎 carrying {@code ticket} (none when the ticket is empty, as
   * {@code Feedback.none()} gives) and "Share with channel" carrying {@code shareKey} (none when
   * null). Keeps the message within {@value #MAX_BLOCKS} blocks.
   */
  public SlackMessage withButtons(SlackMessage message, String ticket, String shareKey) {
    List<BlockElement> buttons = new ArrayList<>();
    if (ticket != null && TICKET.matcher(ticket).matches()) {
      buttons.add(button(VOTE_UP_ACTION_ID, "👍", ticket, null));
      buttons.add(button(VOTE_DOWN_ACTION_ID, "👎", ticket, null));
    }
    if (shareKey != null && TICKET.matcher(shareKey).matches()) {
      buttons.add(button(SHARE_ACTION_ID, "Share with channel", shareKey, "primary"));
    }
    if (buttons.isEmpty()) {
      return message;
    }
    List<LayoutBlock> blocks = new ArrayList<>(message.blocks());
    if (blocks.size() >= MAX_BLOCKS) {
      blocks = new ArrayList<>(capped(blocks, MAX_BLOCKS - 1));
    }
    blocks.add(ActionsBlock.builder().blockId("paperbot_feedback").elements(buttons).build());
    return new SlackMessage(message.text(), blocks, message.visibleToAll());
  }

  /**
   * The message as posted to the channel when its asker shares it: the same blocks without the
   * share button, under a line naming the asker (a Slack user id, never user text).
   */
  public SlackMessage shared(SlackMessage privateMessage, String askerUserId) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (askerUserId != null && USER_ID.matcher(askerUserId).matches()) {
      blocks.add(
          paragraph(new RichText().user(askerUserId).text(" shared this answer from PaperBot:")));
    }
    for (LayoutBlock block : privateMessage.blocks()) {
      if (block instanceof ActionsBlock actions
          && "paperbot_feedback".equals(actions.getBlockId())) {
        List<BlockElement> kept =
            actions.getElements().stream()
                .filter(
                    e -> !(e instanceof ButtonElement b && SHARE_ACTION_ID.equals(b.getActionId())))
                .toList();
        if (!kept.isEmpty()) {
          blocks.add(ActionsBlock.builder().blockId("paperbot_feedback").elements(kept).build());
        }
      } else {
        blocks.add(block);
      }
    }
    return new SlackMessage(privateMessage.text(), capped(blocks, MAX_BLOCKS), true);
  }

  /** A short notice of the adapter's own (errors, usage, thanks), shown to the asker only. */
  public SlackMessage notice(String plainText) {
    String text = RichText.cut(RichText.clean(plainText), RichText.BLOCK_LIMIT);
    if (text.isBlank()) {
      text = "…";
    }
    return new SlackMessage(
        fallback(text), List.of(SectionBlock.builder().text(plain(text)).build()), false);
  }

  /**
   * The App Home tab: what the bot does and how to ask (from the core's help), the papers newest
   * first with links, and the viewer's recent questions.
   */
  public View home(Answer help, List<Paper> papers, List<String> recentQuestions) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header("PaperBot"));
    addParagraph(blocks, new RichText().text(RichText.oneLine(help.headline())));
    if (help instanceof Answer.Help h && !h.examples().isEmpty()) {
      blocks.add(header("Try asking"));
      addBullets(blocks, h.examples().stream().map(RichText::oneLine).toList());
    }
    blocks.add(howToAsk());
    if (!recentQuestions.isEmpty()) {
      blocks.add(header("Your recent questions"));
      addBullets(
          blocks,
          recentQuestions.stream()
              .limit(HOME_RECENT_QUESTIONS)
              .map(q -> RichText.cut(RichText.oneLine(RichText.clean(q)), MAX_ECHO))
              .toList());
    }
    blocks.add(DividerBlock.builder().build());
    blocks.add(header("The papers (" + papers.size() + ")"));
    // One rich_text per paper until the view's block limit; the rest are counted, not dropped.
    int room = MAX_VIEW_BLOCKS - blocks.size() - 1;
    int shown = Math.min(papers.size(), room);
    for (Paper paper : papers.subList(0, shown)) {
      RichText entry = new RichText();
      titleLink(paper, entry);
      entry.text(" · " + paper.published());
      addParagraph(blocks, entry);
    }
    if (shown < papers.size()) {
      blocks.add(contextBlock("…and " + (papers.size() - shown) + " more: /paper list"));
    }
    return View.builder().type("home").blocks(blocks).build();
  }

  /**
   * A paper's card for {@code chat.unfurl}: title link, authors, date, the abstract's start. Plain
   * section blocks, not rich_text, which {@code chat.unfurl} has refused ({@code invalid_blocks});
   * the mrkdwn escapes {@code &}, {@code <}, {@code >} and the abstract is plain_text.
   */
  public List<LayoutBlock> unfurl(Paper paper) {
    String title = RichText.oneLine(paper.title());
    String head =
        ARXIV_ID.matcher(paper.id()).matches()
            ? "<https://arxiv.org/abs/"
                + paper.id()
                + "|"
                + Mrkdwn.escape(title, HEADER_LIMIT * 2)
                + ">"
            : Mrkdwn.escape(title, HEADER_LIMIT * 2);
    String line =
        head
            + "\n"
            + Mrkdwn.escape(RichText.oneLine(paper.authorLine()), 600)
            + " · "
            + paper.published();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        SectionBlock.builder()
            .text(MarkdownTextObject.builder().text(line).verbatim(true).build())
            .build());
    String summary = RichText.cut(RichText.clean(paper.abstractText()), MAX_UNFURL_ABSTRACT);
    if (!summary.isBlank()) {
      blocks.add(SectionBlock.builder().text(plain(summary)).build());
    }
    return blocks;
  }

  /** The notification text; never empty, since Slack refuses a message without one. */
  private static String fallback(String headline) {
    String text = Mrkdwn.escape(RichText.oneLine(headline), RichText.BLOCK_LIMIT);
    return text.isBlank() ? "PaperBot" : text;
  }

  private static Optional<LayoutBlock> askedLine(Context context) {
    if (context.askerUserId() == null || context.question() == null) {
      return Optional.empty();
    }
    RichText line = new RichText(CONTEXT_LIMIT);
    if (USER_ID.matcher(context.askerUserId()).matches()) {
      line.user(context.askerUserId()).text(" asked: ");
    } else {
      line.text("Asked: ");
    }
    line.text(RichText.cut(RichText.oneLine(context.question()), MAX_ECHO));
    return Optional.of(paragraph(line));
  }

  private static void evidence(List<Evidence> evidence, List<LayoutBlock> blocks) {
    for (Evidence e : evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()))) {
      RichText quote = new RichText();
      for (Evidence.Segment segment : e.segments()) {
        String text = RichText.oneLine(segment.text());
        if (segment.marked()) {
          quote.bold(text);
        } else {
          quote.text(text);
        }
      }
      if (!quote.isEmpty()) {
        blocks.add(richText(RichTextQuoteElement.builder().elements(quote.elements()).build()));
      }
    }
  }

  private static void cited(List<Paper> papers, List<LayoutBlock> blocks) {
    for (Paper paper : papers.subList(0, Math.min(MAX_CITED, papers.size()))) {
      RichText line = new RichText(CONTEXT_LIMIT);
      titleLink(paper, line);
      line.text(" · " + RichText.oneLine(paper.authorLine()) + " · " + paper.published());
      addParagraph(blocks, line);
    }
  }

  private static void titleLink(Paper paper, RichText line) {
    String title = RichText.oneLine(paper.title());
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
      RichText entry = new RichText();
      titleLink(paper, entry);
      StringBuilder line =
          new StringBuilder("\n")
              .append(RichText.oneLine(paper.authorLine()))
              .append(" · ")
              .append(paper.published());
      if (!paper.category().isEmpty()) {
        line.append(" · ").append(RichText.oneLine(paper.category()));
      }
      entry.text(line.toString());
      addParagraph(blocks, entry);
    }
    if (papers.size() > PAGE_SIZE) {
      blocks.add(contextBlock("Papers " + (from + 1) + "–" + to + " of " + papers.size()));
    }
    if (to < papers.size()) {
      PageToken next = page == null ? null : page.at(to);
      // A value Slack could not store (too long, or text that is not well-formed UTF-16) gets a
      // count instead of a button.
      if (next != null
          && next.fits(MAX_BUTTON_VALUE)
          && RichText.clean(next.encode()).equals(next.encode())) {
        blocks.add(
            ActionsBlock.builder()
                .elements(List.of(button(MORE_ACTION_ID, "More", next.encode(), null)))
                .build());
      } else {
        blocks.add(contextBlock("…and " + (papers.size() - to) + " more not shown."));
      }
    }
  }

  private static void paperCard(
      Paper paper, int maxAbstract, List<LayoutBlock> blocks, List<Evidence> evidence) {
    RichText head = new RichText();
    titleLink(paper, head);
    StringBuilder lines = new StringBuilder("\n").append(RichText.oneLine(paper.authorLine()));
    if (!paper.affiliations().isEmpty()) {
      lines.append('\n').append(RichText.oneLine(String.join("; ", paper.affiliations())));
    }
    lines.append('\n').append(paper.published());
    if (!paper.category().isEmpty()) {
      lines.append(" · ").append(RichText.oneLine(paper.category()));
    }
    head.text(lines.toString());
    addParagraph(blocks, head);
    addParagraph(
        blocks,
        new RichText().text(RichText.cut(RichText.clean(paper.abstractText()), maxAbstract)));
    evidence(evidence, blocks);
    RichText links = new RichText(CONTEXT_LIMIT);
    if (ARXIV_ID.matcher(paper.id()).matches()) {
      links
          .link("https://arxiv.org/abs/" + paper.id(), "arXiv " + paper.id())
          .text(" · ")
          .link("https://arxiv.org/pdf/" + paper.id(), "PDF");
    } else {
      links.text(paper.id());
    }
    if (paper.codeUrl() != null && isSafeUrl(paper.codeUrl())) {
      links.text(" · ").link(paper.codeUrl(), "Code");
    }
    addParagraph(blocks, links);
  }

  /** A corpus URL is linked only when it is plain https with no space or control character. */
  private static boolean isSafeUrl(String url) {
    return url.startsWith("https://")
        && url.length() < 500
        && url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '|' || c > 126);
  }

  private static void comparison(Answer.Comparison comparison, List<LayoutBlock> blocks) {
    if (!comparison.differences().isEmpty()) {
      List<RichTextElement> items = new ArrayList<>();
      int budget = RichText.BLOCK_LIMIT / Math.max(1, comparison.differences().size());
      for (Answer.Comparison.Difference d : comparison.differences()) {
        RichText item = new RichText(Math.max(16, budget));
        item.bold(RichText.oneLine(d.aspect()))
            .text(": " + RichText.oneLine(d.first()) + " vs " + RichText.oneLine(d.second()));
        items.add(section(item));
      }
      blocks.add(richText(RichTextListElement.builder().style("bullet").elements(items).build()));
    }
    evidence(comparison.evidence(), blocks);
    cited(comparison.papers(), blocks);
  }

  private static void notFound(Answer.NotFound notFound, List<LayoutBlock> blocks) {
    if (!notFound.hint().isEmpty()) {
      addParagraph(blocks, new RichText().text(notFound.hint()));
    }
    if (!notFound.mentionedIn().isEmpty()) {
      blocks.add(contextBlock("Mentioned (not introduced) in:"));
      cited(notFound.mentionedIn(), blocks);
    }
  }

  private static void help(Answer.Help help, List<LayoutBlock> blocks) {
    if (!help.examples().isEmpty()) {
      addBullets(blocks, help.examples().stream().map(RichText::oneLine).toList());
    }
    blocks.add(howToAsk());
  }

  /** The commands, in code style: {@code <question>} is shown as typed, never read as a link. */
  private static LayoutBlock howToAsk() {
    return paragraph(
        new RichText()
            .text("Ask with ")
            .code("/paper <question>")
            .text(", ")
            .code("/paper list")
            .text(", ")
            .code("/paper show <arXiv id or title words>")
            .text(", mention me in a channel (I follow up in the thread), or use ")
            .code("Ask PaperBot")
            .text(" on any message."));
  }

  private static LayoutBlock bullets(List<String> items, boolean bold) {
    List<RichTextElement> sections = new ArrayList<>();
    int budget = Math.max(16, RichText.BLOCK_LIMIT / Math.max(1, items.size()));
    for (String item : items) {
      RichText text = new RichText(budget);
      if (bold) {
        text.bold(item);
      } else {
        text.text(item);
      }
      if (!text.isEmpty()) {
        sections.add(section(text));
      }
    }
    return sections.isEmpty()
        ? null
        : richText(RichTextListElement.builder().style("bullet").elements(sections).build());
  }

  private static void addBullets(List<LayoutBlock> blocks, List<String> items) {
    LayoutBlock list = bullets(items, false);
    if (list != null) {
      blocks.add(list);
    }
  }

  /** Keeps blocks within {@code max}, saying so when something was cut. */
  private static List<LayoutBlock> capped(List<LayoutBlock> blocks, int max) {
    if (blocks.size() <= max) {
      return blocks;
    }
    List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, max - 1));
    kept.add(contextBlock("…(cut to fit one Slack message)"));
    return kept;
  }

  private static ButtonElement button(String actionId, String text, String value, String style) {
    return ButtonElement.builder()
        .actionId(actionId)
        .text(PlainTextObject.builder().text(text).emoji(true).build())
        .value(value)
        .style(style)
        .build();
  }

  private static RichTextSectionElement section(RichText text) {
    return RichTextSectionElement.builder().elements(text.elements()).build();
  }

  private static LayoutBlock paragraph(RichText text) {
    return richText(section(text));
  }

  /** Adds the paragraph unless cleaning left it empty: Slack refuses an empty rich_text. */
  private static void addParagraph(List<LayoutBlock> blocks, RichText text) {
    if (!text.isEmpty()) {
      blocks.add(paragraph(text));
    }
  }

  private static LayoutBlock richText(BlockElement element) {
    return RichTextBlock.builder().elements(List.of(element)).build();
  }

  private static LayoutBlock header(String text) {
    return HeaderBlock.builder().text(plain(RichText.cut(text, HEADER_LIMIT - 1))).build();
  }

  private static ContextBlock contextBlock(String trustedText) {
    return ContextBlock.builder()
        .elements(List.<ContextBlockElement>of(plain(RichText.cut(trustedText, CONTEXT_LIMIT))))
        .build();
  }

  private static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(false).build();
  }
}
