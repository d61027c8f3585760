package dev.paperbot.discord.render;

import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Feedback;
import dev.paperbot.Paper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Turns a core {@link Answer} into one Discord embed: the headline as title, the quoted evidence
 * with the matched words in bold, one field per cited paper (title linked to its arXiv page,
 * authors, date; best first), a colour per kind and a footer. Every string from users or the corpus
 * is escaped; every part respects Discord's limits, and the whole stays within {@value
 * MessageEmbed#EMBED_MAX_LENGTH_BOT} characters.
 *
 * <p>Stateless and thread-safe. Its own wording is limited to labels ("Page 2 of 3") and how to use
 * the bot in Discord (help); everything else is the core's.
 */
public final class EmbedRenderer {

  /** Colours by kind: green found, blue listings and cards, purple comparisons, grey not found. */
  static final int FOUND = 0x2E9E5B;

  static final int LISTING = 0x3B82C4;
  static final int COMPARISON = 0x8E5BC4;
  static final int NOT_FOUND = 0x8A8F98;
  static final int HELP = 0x5865F2;

  /** Papers per page of {@code /paper list}: ten fields keep a page readable on a phone. */
  public static final int PAGE_SIZE = 10;

  private static final String ARXIV_ABS = "https://arxiv.org/abs/";
  // arXiv ids are "2405.04434" or "cs/0112017", with an optional version; anything else is encoded.
  private static final Pattern ARXIV_ID = Pattern.compile("[A-Za-z0-9.\\-/]{1,64}");
  private static final int FOOTER_MAX = 200;
  // Far beyond any arXiv id, far below Discord's 2,000-character URL limit.
  private static final int URL_ID_MAX = 200;
  private static final int FIELD_TITLE_MAX = 300;
  private static final int AUTHORS_MAX = 300;

  /** The embed for an answer. */
  public MessageEmbed render(Answer answer) {
    return switch (answer) {
      case Answer.Found found -> found(found);
      case Answer.PaperList list -> list(list);
      case Answer.PaperCard card -> card(card);
      case Answer.Comparison comparison -> comparison(comparison);
      case Answer.NotFound notFound -> notFound(notFound);
      case Answer.Help help -> help(help);
    };
  }

  /** A short message of the adapter's own (busy, failed, too long), shown like "not found". */
  public MessageEmbed notice(String text) {
    Frame frame = new Frame(text, "PaperBot", NOT_FOUND);
    return frame.build(new TextBudget(0), List.of(), 0, null);
  }

  /** What a click on 👍/👎 is told, privately. */
  public MessageEmbed voteAcknowledgement(Feedback.VoteResult result) {
    String text =
        switch (result) {
          case RECORDED -> "Thanks for your feedback!";
          case CHANGED -> "Vote changed. Thanks!";
          case UNCHANGED -> "You already voted that way.";
          case UNKNOWN_TICKET -> "I no longer know that answer, so the vote was not counted.";
          case NOT_RECORDED -> "Your vote could not be saved. Please try again later.";
        };
    return notice(text);
  }

  /**
   * The line above a shared answer: who shared it, as a user mention so Discord shows their name
   * (the message parses no mentions, so nobody is pinged, the sharer included).
   */
  public String sharedBy(long userId) {
    return "Shared by <@" + Long.toUnsignedString(userId) + ">";
  }

  /** One page of a paper list, 1-based; out-of-range pages are clamped. */
  public Page page(Answer.PaperList list, int page) {
    int pages = Math.max(1, (list.papers().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.clamp(page, 1, pages);
    List<Paper> shown =
        list.papers()
            .subList(
                Math.min(list.papers().size(), (current - 1) * PAGE_SIZE),
                Math.min(list.papers().size(), current * PAGE_SIZE));
    String footer =
        "PaperBot · "
            + (pages > 1 ? "Page " + current + " of " + pages + " · " : "")
            + count(list.papers().size(), "paper");
    Frame frame = new Frame(list.headline(), footer, LISTING);
    TextBudget description = frame.description();
    evidence(description, list.evidence());
    MessageEmbed embed = frame.build(description, shown, (current - 1) * PAGE_SIZE, null);
    return new Page(embed, current, pages);
  }

  /** A list answered in a reply (no buttons there): as many papers as fit, then a count. */
  private MessageEmbed list(Answer.PaperList list) {
    Frame frame =
        new Frame(list.headline(), "PaperBot · " + count(list.papers().size(), "paper"), LISTING);
    TextBudget description = frame.description();
    evidence(description, list.evidence());
    return frame.build(description, list.papers(), 0, null);
  }

  /** A rendered page of a list and where it sits. */
  public record Page(MessageEmbed embed, int page, int pages) {}

  private MessageEmbed found(Answer.Found found) {
    Frame frame = new Frame(found.headline(), footer(found), FOUND);
    TextBudget description = frame.description();
    evidence(description, found.evidence());
    return frame.build(description, found.papers(), 0, null);
  }

  private MessageEmbed card(Answer.PaperCard card) {
    Paper paper = card.paper();
    Frame frame = new Frame(card.headline(), footer(card), LISTING);
    TextBudget description = frame.description();
    if (card.evidence().isEmpty()) {
      description.markup("> ").escaped(Markdown.escapeLine(paper.abstractText()));
    } else {
      evidence(description, card.evidence());
    }
    return frame.build(description, List.of(paper), 0, arxivUrl(paper.id()).orElse(null));
  }

  private MessageEmbed comparison(Answer.Comparison comparison) {
    Frame frame = new Frame(comparison.headline(), footer(comparison), COMPARISON);
    TextBudget description = frame.description();
    for (Answer.Comparison.Difference d : comparison.differences()) {
      description
          .bold(Markdown.escapeLine(d.aspect()))
          .markup(": ")
          .escaped(Markdown.escapeLine(d.first()))
          .markup(" vs ")
          .escaped(Markdown.escapeLine(d.second()))
          .markup("\n");
    }
    if (!comparison.differences().isEmpty() && !comparison.evidence().isEmpty()) {
      description.markup("\n");
    }
    evidence(description, comparison.evidence());
    return frame.build(description, comparison.papers(), 0, null);
  }

  private MessageEmbed notFound(Answer.NotFound notFound) {
    Frame frame = new Frame(notFound.headline(), "PaperBot · not found", NOT_FOUND);
    TextBudget description = frame.description();
    if (!notFound.hint().isBlank()) {
      description.escaped(Markdown.escape(notFound.hint().strip())).markup("\n");
    }
    if (!notFound.mentionedIn().isEmpty()) {
      description.markup("\nMentioned (not introduced) in:\n");
      for (Paper paper : notFound.mentionedIn()) {
        description.markup("• ").markup(link(paper)).markup("\n");
      }
    }
    return frame.build(description, List.of(), 0, null);
  }

  private MessageEmbed help(Answer.Help help) {
    Frame frame = new Frame(help.headline(), "PaperBot · /paper help", HELP);
    TextBudget description = frame.description();
    for (String example : help.examples()) {
      description.markup("• ").escaped(Markdown.escapeLine(example)).markup("\n");
    }
    description
        .markup("\n")
        .markup("Slash commands: `/paper ask`, `/paper show`, `/paper list`, `/paper help`.\n")
        .markup("Or mention me with a question; reply to my answer to follow up.");
    return frame.build(description, List.of(), 0, null);
  }

  /** Quoted sentences, matched spans in bold, each attributed to its paper. */
  private static void evidence(TextBudget description, List<Evidence> evidence) {
    for (Evidence e : evidence) {
      description.markup("> ");
      for (Evidence.Segment segment : e.segments()) {
        String text = segment.text();
        if (segment.marked()) {
          // "** word**" does not render bold: spaces at the edges go outside the markers.
          String core = text.strip();
          int lead = text.length() - text.stripLeading().length();
          int trail = core.isEmpty() ? 0 : text.length() - text.stripTrailing().length();
          description
              .escaped(Markdown.escapeLine(text.substring(0, lead)))
              .bold(Markdown.escapeLine(core))
              .escaped(Markdown.escapeLine(text.substring(text.length() - trail)));
        } else {
          description.escaped(Markdown.escapeLine(text));
        }
      }
      description.markup("\n> — arXiv:").escaped(Markdown.escapeLine(e.paperId())).markup("\n");
    }
  }

  private static String footer(Answer answer) {
    return "PaperBot · "
        + answer.kind().label().replace('_', ' ')
        + " · confidence "
        + Math.round(Math.clamp(answer.confidence(), 0, 1) * 100)
        + "%";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code [Title](https://arxiv.org/abs/<id>)} with the title escaped and cut. */
  private static String link(Paper paper) {
    String title = Markdown.truncate(Markdown.escapeLine(paper.title()), FIELD_TITLE_MAX);
    // A title without a link rather than a link Discord refuses (over 2,000 characters).
    return arxivUrl(paper.id()).map(url -> "[" + title + "](" + url + ")").orElse(title);
  }

  /**
   * The abstract page; ids that are not plain arXiv ids are percent-encoded, never raw; none for an
   * id too long to be one.
   */
  static java.util.Optional<String> arxivUrl(String id) {
    String safe =
        ARXIV_ID.matcher(id).matches() ? id : URLEncoder.encode(id, StandardCharsets.UTF_8);
    return safe.length() <= URL_ID_MAX
        ? java.util.Optional.of(ARXIV_ABS + safe)
        : java.util.Optional.empty();
  }

  /** Title, colour, footer and a running total so the embed never exceeds Discord's 6000. */
  private static final class Frame {
    private final String title;
    private final String footer;
    private final int color;

    Frame(String headline, String footer, int color) {
      String line = Markdown.escapeLine(headline.strip());
      this.title =
          Markdown.truncate(line.isEmpty() ? "PaperBot" : line, MessageEmbed.TITLE_MAX_LENGTH);
      this.footer = Markdown.truncate(footer, FOOTER_MAX);
      this.color = color;
    }

    TextBudget description() {
      // Leave room for at least one full paper field after the description.
      int room = MessageEmbed.EMBED_MAX_LENGTH_BOT - title.length() - footer.length() - 1300;
      return new TextBudget(Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, room));
    }

    MessageEmbed build(TextBudget description, List<Paper> papers, int firstIndex, String url) {
      EmbedBuilder embed = new EmbedBuilder().setTitle(title, url).setColor(color);
      String text = description.toString().strip();
      if (!text.isEmpty()) {
        embed.setDescription(text);
      }
      int used = title.length() + footer.length() + text.length();
      int left = papers.size();
      for (int i = 0; i < papers.size(); i++) {
        MessageEmbed.Field field = field(papers.get(i), firstIndex + i + 1);
        int size = field.getName().length() + field.getValue().length();
        // keep 40 characters for the "+N more" note, and Discord's 25-field cap
        if (used + size > MessageEmbed.EMBED_MAX_LENGTH_BOT - 40
            || embed.getFields().size() == MessageEmbed.MAX_FIELD_AMOUNT) {
          break;
        }
        embed.addField(field);
        used += size;
        left--;
      }
      embed.setFooter(left > 0 ? footer + " · " + count(left, "more paper") : footer);
      return embed.build();
    }

    private static MessageEmbed.Field field(Paper paper, int rank) {
      String name =
          Markdown.truncate(
              rank + ". arXiv:" + Markdown.escapeLine(paper.id()), MessageEmbed.TITLE_MAX_LENGTH);
      String authors = Markdown.truncate(Markdown.escapeLine(paper.authorLine()), AUTHORS_MAX);
      String value =
          link(paper)
              + "\n"
              + authors
              + "\n"
              + paper.published()
              + (paper.category().isBlank() ? "" : " · " + Markdown.escapeLine(paper.category()));
      return new MessageEmbed.Field(
          name, Markdown.truncate(value, MessageEmbed.VALUE_MAX_LENGTH), false);
    }
  }
}
