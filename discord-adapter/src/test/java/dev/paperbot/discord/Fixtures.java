package dev.paperbot.discord;

import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built papers and answers, with the text that breaks careless renderers. */
public final class Fixtures {
  private Fixtures() {}

  public static final String NASTY =
      "**bold** _it_ ~~gone~~ `code` ||spoiler|| @everyone @here <@&123> <@456> <#789>"
          + " [click](https://evil.example) # heading > quote \\ & < >";

  public static Paper paper(String id, String title, LocalDate published) {
    return new Paper(
        id,
        title,
        List.of("A. Author", "B. Writer"),
        List.of(),
        published,
        "cs.CL",
        "We study " + title + ".",
        "https://arxiv.org/abs/" + id,
        "https://arxiv.org/pdf/" + id,
        null);
  }

  public static final Paper DEEPSEEK =
      new Paper(
          "2405.04434",
          "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model",
          List.of("DeepSeek-AI"),
          List.of(),
          LocalDate.of(2024, 5, 7),
          "cs.CL",
          "We present DeepSeek-V2, a strong Mixture-of-Experts (MoE) language model.",
          "https://arxiv.org/abs/2405.04434",
          "https://arxiv.org/pdf/2405.04434",
          "https://github.com/deepseek-ai/DeepSeek-V2");

  public static final Paper NASTY_PAPER =
      new Paper(
          "2401.00001",
          "Attention_is_*all* you need <@&123> @everyone [free nitro](https://evil.example)",
          List.of("Eve <@456>", "Mallory **bold**", "Trent_underscore"),
          List.of(),
          LocalDate.of(2024, 1, 2),
          "cs.LG",
          "An abstract with " + NASTY,
          "https://arxiv.org/abs/2401.00001",
          "",
          null);

  public static final Paper LONG_PAPER =
      new Paper(
          "2402.00002",
          "A".repeat(400),
          nCopies("Author With A Long Name", 60),
          List.of(),
          LocalDate.of(2024, 2, 3),
          "cs.AI",
          "B".repeat(5000),
          "https://arxiv.org/abs/2402.00002",
          "",
          null);

  private static List<String> nCopies(String name, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(name + " " + i);
    }
    return out;
  }

  /** 23 papers: three pages of ten. */
  public static List<Paper> corpus() {
    List<Paper> papers = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      papers.add(
          paper(
              String.format("2403.%05d", i),
              "Paper number " + i + " on *mixtures* of_experts",
              LocalDate.of(2024, 3, 1).plusDays(23 - i)));
    }
    return List.copyOf(papers);
  }

  public static Answer.Found found() {
    String sentence = "We introduce Multi-head Latent Attention (MLA) to compress the KV cache.";
    int start = sentence.indexOf("Multi-head Latent Attention");
    return new Answer.Found(
        Answer.Kind.ORIGIN,
        "DeepSeek-V2 introduced Multi-head Latent Attention (MLA).",
        List.of(
            new Evidence(
                DEEPSEEK.id(),
                sentence,
                List.of(
                    new Evidence.Highlight(start, start + "Multi-head Latent Attention".length()))),
            new Evidence(
                NASTY_PAPER.id(),
                NASTY,
                List.of(new Evidence.Highlight(0, 8), new Evidence.Highlight(33, 42)))),
        List.of(DEEPSEEK, NASTY_PAPER),
        0.87);
  }

  public static Answer.PaperList paperList() {
    return new Answer.PaperList("23 papers, newest first.", corpus(), List.of(), 1);
  }

  public static Answer.PaperCard card() {
    return new Answer.PaperCard(
        NASTY_PAPER,
        NASTY_PAPER.title(),
        List.of(Evidence.of(NASTY_PAPER.id(), "A sentence with *stars* and _underscores_.")),
        1);
  }

  public static Answer.Comparison comparison() {
    return new Answer.Comparison(
        "DeepSeek-V2 vs the nasty paper",
        DEEPSEEK,
        NASTY_PAPER,
        List.of(
            new Answer.Comparison.Difference("total parameters", "236B", "<@&123> **7B**"),
            new Answer.Comparison.Difference("context_length", "128K", "@everyone")),
        List.of(Evidence.of(DEEPSEEK.id(), "DeepSeek-V2 has 236B total parameters.")),
        0.8);
  }

  public static Answer.NotFound notFound() {
    return new Answer.NotFound(
        "No paper here introduces \"<@&999> **RLHF**\".",
        "Try /paper list to see what I know. @here",
        List.of(DEEPSEEK, NASTY_PAPER));
  }

  public static Answer.Help help() {
    return new Answer.Help(
        "Ask me about the papers.",
        List.of(
            "which paper introduced MLA?", "papers by *DeepSeek*", "compare V2 and V3 @everyone"));
  }

  /** Everything at once and too much of it: every limit must hold. */
  public static Answer.Found overlong() {
    List<Evidence> evidence = new ArrayList<>();
    List<Paper> papers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      evidence.add(
          new Evidence(
              LONG_PAPER.id(),
              ("*_" + i + "_* ").repeat(200),
              List.of(new Evidence.Highlight(0, 600))));
      papers.add(LONG_PAPER);
    }
    return new Answer.Found(Answer.Kind.FACT, "H".repeat(300) + " <@&1>", evidence, papers, 0.5);
  }
}
