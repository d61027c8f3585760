package dev.paperbot.slack.testing;

import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built answers, one per kind, with nasty text: Slack markup ({@code *}, {@code _}, {@code
 * ~}), escapes ({@code <}, {@code &}), broadcast and user mentions, masked links and over-long
 * text. The engine is not needed to render them.
 */
public final class Fixtures {

  private Fixtures() {}

  public static final String NASTY =
      "*bold* _it_ ~st~ `code` <!channel> @everyone <@U123> & <https://evil.example|click>";

  public static Paper paper(String id, String title) {
    return new Paper(
        id,
        title,
        List.of("Ana <@U123> Ruiz", "Bo_b *Smith*"),
        List.of("Lab <!here> & Co"),
        LocalDate.of(2024, 5, 7),
        "cs.CL",
        "We study " + NASTY + " in depth.",
        "https://arxiv.org/abs/" + id,
        "https://arxiv.org/pdf/" + id,
        "https://github.com/example/code");
  }

  public static Paper deepseek() {
    return paper("2405.04434", "DeepSeek-V2: A *Strong* & Economical <MoE> Model <!channel>");
  }

  public static Paper attention() {
    return paper("1706.03762", "Attention Is All You Need @everyone");
  }

  /** A sentence whose highlighted span itself holds a {@code *}. */
  public static Evidence evidence() {
    String sentence = "We introduce Multi-head *Latent* Attention (MLA) & <b>more</b> <!channel>.";
    int start = sentence.indexOf("Multi-head");
    int end = sentence.indexOf(" (MLA)");
    return new Evidence("2405.04434", sentence, List.of(new Evidence.Highlight(start, end)));
  }

  public static Answer.Found found() {
    return new Answer.Found(
        Answer.Kind.ORIGIN,
        "DeepSeek-V2 introduced MLA <@U123> *not bold*",
        List.of(evidence()),
        List.of(deepseek(), attention()),
        0.9);
  }

  public static Answer.PaperList paperList(int size) {
    List<Paper> papers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      papers.add(paper(String.format("2401.%05d", i + 1), "Paper " + (i + 1) + " <&> *x*"));
    }
    return new Answer.PaperList(
        size + " papers match _this_ <!here>", papers, List.of(evidence()), 0.8);
  }

  public static Answer.PaperCard paperCard() {
    return new Answer.PaperCard(
        deepseek(), "DeepSeek-V2 & friends <!channel>", List.of(evidence()), 0.95);
  }

  public static Answer.Comparison comparison() {
    return new Answer.Comparison(
        "DeepSeek-V2 vs Attention <@U123>",
        deepseek(),
        attention(),
        List.of(
            new Answer.Comparison.Difference("total *params*", "236B <b>", "65M & more"),
            new Answer.Comparison.Difference("date", "2024-05-07", "2017-06-12")),
        List.of(evidence()),
        0.7);
  }

  public static Answer.NotFound notFound() {
    return new Answer.NotFound(
        "No paper introduces <!everyone> *that*",
        "Try asking about _MLA_ & <https://evil.example|click>",
        List.of(attention()));
  }

  public static Answer.Help help() {
    return new Answer.Help(
        "Ask me about the papers *now* <!channel>",
        List.of("which paper introduced MLA?", "list papers by <@U123> & _friends_"));
  }

  /** Everything too long: 200 papers, 10,000-character sentences and headline. */
  public static Answer.Found huge() {
    String longText = "word *star* <x> & ".repeat(600);
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      evidence.add(
          new Evidence(
              "2405.04434", longText, List.of(new Evidence.Highlight(0, longText.length()))));
    }
    List<Paper> papers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      papers.add(paper(String.format("2402.%05d", i), longText));
    }
    return new Answer.Found(Answer.Kind.FACT, longText, evidence, papers, 0.5);
  }

  /** Identifiers people ask about, which must reach Slack byte for byte. */
  public static Answer.Found identifiers() {
    String sentence = "Quantized as DQ3_K_M, see `help` and *not bold* ~x~ a_b_c.";
    int start = sentence.indexOf("DQ3_K_M");
    return new Answer.Found(
        Answer.Kind.FACT,
        "DQ3_K_M is a quantization in `llama.cpp`",
        List.of(
            new Evidence(
                "2405.04434", sentence, List.of(new Evidence.Highlight(start, start + 7)))),
        List.of(deepseek()),
        0.8);
  }

  public static List<Answer> oneOfEachKind() {
    return List.of(found(), paperList(3), paperCard(), comparison(), notFound(), help());
  }
}
