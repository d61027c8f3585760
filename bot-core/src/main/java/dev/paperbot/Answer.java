package dev.paperbot;

import java.util.List;
import java.util.Objects;

/**
 * What PaperBot answers, independent of any chat platform: the core emits no markup, adapters
 * render each kind (Block Kit, Discord embeds) with an exhaustive {@code switch}.
 *
 * <p>Every answer has a one-line {@link #headline()}, the {@link #evidence()} quoted from
 * abstracts, the {@link #papers()} it cites (best first) and a {@link #confidence()} in [0, 1].
 */
public sealed interface Answer
    permits Answer.Found,
        Answer.PaperList,
        Answer.PaperCard,
        Answer.Comparison,
        Answer.NotFound,
        Answer.Help {

  /** The kind of question an answer responds to; its lower-case name is the CLI's "kind". */
  enum Kind {
    ORIGIN,
    DEFINITION,
    FACT,
    AUTHOR,
    DATE,
    LIST,
    TITLE_LOOKUP,
    COMPARE,
    HELP,
    NOT_FOUND;

    /** The name used in JSON output, e.g. {@code title_lookup}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  Kind kind();

  /** One line that answers the question on its own, plain text. */
  String headline();

  /** Sentences quoted from abstracts that support the answer, best first. */
  List<Evidence> evidence();

  /** The papers the answer cites, best first; empty when the answer cites none. */
  List<Paper> papers();

  /** How sure the core is, from 0 to 1. */
  double confidence();

  /** False when the paper set cannot answer (not found) or the bot only explains itself (help). */
  default boolean found() {
    return !(this instanceof NotFound) && !(this instanceof Help);
  }

  /**
   * Who should see this answer: {@link Visibility#CHANNEL} when it cites papers, {@link
   * Visibility#ASKER} for help and "the set cannot answer". Adapters follow it on every entry
   * point.
   */
  default Visibility visibility() {
    return found() ? Visibility.CHANNEL : Visibility.ASKER;
  }

  /** The answer as plain text a user reads: headline, then the quoted evidence. */
  default String text() {
    StringBuilder sb = new StringBuilder(headline());
    for (Evidence e : evidence()) {
      sb.append("\n> ").append(e.sentence());
    }
    return sb.toString();
  }

  /** A direct answer: the paper(s) and the sentence that proves it. */
  record Found(
      Kind kind, String headline, List<Evidence> evidence, List<Paper> papers, double confidence)
      implements Answer {
    public Found {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(headline, "headline");
      evidence = List.copyOf(evidence);
      papers = List.copyOf(papers);
    }
  }

  /** All and only the papers that fit a list question (topic, author, date range, the corpus). */
  record PaperList(String headline, List<Paper> papers, List<Evidence> evidence, double confidence)
      implements Answer {
    public PaperList {
      Objects.requireNonNull(headline, "headline");
      papers = List.copyOf(papers);
      evidence = List.copyOf(evidence);
    }

    @Override
    public Kind kind() {
      return Kind.LIST;
    }
  }

  /** One paper shown in full: a title lookup or summary. */
  record PaperCard(Paper paper, String headline, List<Evidence> evidence, double confidence)
      implements Answer {
    public PaperCard {
      Objects.requireNonNull(paper, "paper");
      Objects.requireNonNull(headline, "headline");
      evidence = List.copyOf(evidence);
    }

    @Override
    public Kind kind() {
      return Kind.TITLE_LOOKUP;
    }

    @Override
    public List<Paper> papers() {
      return List.of(paper);
    }
  }

  /** Two papers side by side, with the facts that differ. */
  record Comparison(
      String headline,
      Paper first,
      Paper second,
      List<Difference> differences,
      List<Evidence> evidence,
      double confidence)
      implements Answer {

    /** One aspect on which the papers differ, e.g. "total parameters": "236B" vs "671B". */
    public record Difference(String aspect, String first, String second) {}

    public Comparison {
      Objects.requireNonNull(headline, "headline");
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      differences = List.copyOf(differences);
      evidence = List.copyOf(evidence);
    }

    @Override
    public Kind kind() {
      return Kind.COMPARE;
    }

    @Override
    public List<Paper> papers() {
      return List.of(first, second);
    }

    @Override
    public String text() {
      StringBuilder sb = new StringBuilder(headline());
      for (Difference d : differences) {
        sb.append("\n- ")
            .append(d.aspect())
            .append(": ")
            .append(d.first())
            .append(" vs ")
            .append(d.second());
      }
      for (Evidence e : evidence()) {
        sb.append("\n> ").append(e.sentence());
      }
      return sb.toString();
    }
  }

  /**
   * The paper set cannot answer. Cites no paper; {@code mentionedIn} may name papers that only
   * mention the thing asked about (they build on it, they do not introduce it).
   */
  record NotFound(String headline, String hint, List<Paper> mentionedIn) implements Answer {
    public NotFound {
      Objects.requireNonNull(headline, "headline");
      hint = hint == null ? "" : hint;
      mentionedIn = List.copyOf(mentionedIn);
    }

    @Override
    public Kind kind() {
      return Kind.NOT_FOUND;
    }

    @Override
    public List<Evidence> evidence() {
      return List.of();
    }

    @Override
    public List<Paper> papers() {
      return List.of();
    }

    @Override
    public double confidence() {
      return 0;
    }

    @Override
    public String text() {
      StringBuilder sb = new StringBuilder(headline);
      if (!mentionedIn.isEmpty()) {
        sb.append("\nPapers that mention it: ");
        sb.append(String.join("; ", mentionedIn.stream().map(Paper::title).toList()));
      }
      if (!hint.isEmpty()) {
        sb.append("\n").append(hint);
      }
      return sb.toString();
    }
  }

  /** What the bot can do, with example questions. */
  record Help(String headline, List<String> examples) implements Answer {
    public Help {
      Objects.requireNonNull(headline, "headline");
      examples = List.copyOf(examples);
    }

    @Override
    public Kind kind() {
      return Kind.HELP;
    }

    @Override
    public List<Evidence> evidence() {
      return List.of();
    }

    @Override
    public List<Paper> papers() {
      return List.of();
    }

    @Override
    public double confidence() {
      return 1;
    }

    @Override
    public String text() {
      StringBuilder sb = new StringBuilder(headline);
      for (String example : examples) {
        sb.append("\n- ").append(example);
      }
      return sb.toString();
    }
  }
}
