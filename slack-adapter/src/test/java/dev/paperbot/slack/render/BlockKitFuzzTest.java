package dev.paperbot.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.model.view.View;
import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.PageToken;
import dev.paperbot.Paper;
import dev.paperbot.slack.testing.SlackLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz of the renderer: a few thousand answers of every kind built from hostile
 * text (Slack markup, broadcasts, mentions, masked links, lone surrogates, emoji with modifiers,
 * combining marks, control characters, very long runs), rendered as messages, buttons, shared
 * copies, App Home views and unfurls. None may throw, break a Slack limit, hold a lone surrogate,
 * or carry active markup that came from the input. The seed is printed by a failure so it can be
 * replayed.
 */
class BlockKitFuzzTest {

  private static final long SEED = 20_261_201L;
  private static final int ROUNDS = 3_000;
  private static final String ASKER = "U2147483697";

  private static final String[] PIECES = {
    "<!everyone>",
    "<!channel>",
    "<!here>",
    "<@U123ABC>",
    "<@W0|bob>",
    "<#C123|general>",
    "<!subteam^S1>",
    "<https://evil.example|click>",
    "<http://x>",
    "<mailto:a@b.c|mail>",
    "*",
    "_",
    "~",
    "`",
    "```",
    ">",
    "&",
    "&amp;",
    "&lt;",
    "<",
    "|",
    "\\",
    "DQ3_K_M",
    "`help`",
    "\uD83D",
    "\uDE00",
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "e\u0301",
    "@everyone\u0301",
    "[x](https://evil)",
    "\u0000",
    "\u0007",
    "\u001b[31m",
    "\r\n",
    "\n",
    "\t",
    "\u202E",
    "\uFFFE",
    "\uFDD0",
    " ",
    "  ",
    "MLA",
    "Multi-head Latent Attention",
    "DeepSeek-V3",
    "中文",
    "٣",
    "１２３"
  };

  private final Random random = new Random(SEED);
  private final BlockKitRenderer renderer = new BlockKitRenderer();

  private String nasty(int maxPieces) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(maxPieces + 1);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(40) == 0) {
        sb.append(PIECES[random.nextInt(PIECES.length)].repeat(200 + random.nextInt(800)));
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  private Paper paper(int i) {
    String id =
        switch (random.nextInt(4)) {
          case 0 -> "2405.%05d".formatted(i);
          case 1 -> nasty(3);
          case 2 -> "hep-th/99%05d".formatted(i);
          default -> "2401." + i + "v2";
        };
    if (id.isEmpty()) {
      id = "x";
    }
    List<String> authors = new ArrayList<>();
    for (int a = random.nextInt(4); a > 0; a--) {
      authors.add(nasty(3));
    }
    return new Paper(
        id,
        nasty(6),
        authors,
        random.nextBoolean() ? List.of(nasty(4)) : List.of(),
        LocalDate.of(2017 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28)),
        random.nextBoolean() ? "cs.CL" : nasty(1),
        nasty(30),
        "https://arxiv.org/abs/" + id,
        null,
        switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 -> "https://github.com/example/code";
          case 2 -> "https://evil.example/<!channel>|x";
          default -> "javascript:alert(1)";
        });
  }

  private List<Paper> papers(int max) {
    List<Paper> papers = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      papers.add(paper(i));
    }
    return papers;
  }

  private Evidence evidence() {
    String sentence = nasty(12);
    List<Evidence.Highlight> highlights = new ArrayList<>();
    for (int h = random.nextInt(4); h > 0 && sentence.length() > 1; h--) {
      int start = random.nextInt(sentence.length() - 1);
      int end = start + 1 + random.nextInt(sentence.length() - start - 1 + 1);
      highlights.add(new Evidence.Highlight(start, Math.min(end, sentence.length())));
    }
    return new Evidence("2405.00001", sentence, highlights);
  }

  private List<Evidence> evidences() {
    List<Evidence> out = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      out.add(evidence());
    }
    return out;
  }

  private Answer answer() {
    return switch (random.nextInt(6)) {
      case 0 ->
          new Answer.Found(
              Answer.Kind.values()[random.nextInt(5)], nasty(8), evidences(), papers(15), 0.5);
      case 1 -> new Answer.PaperList(nasty(5), papers(120), evidences(), 0.5);
      case 2 -> new Answer.PaperCard(paper(1), nasty(5), evidences(), 0.9);
      case 3 -> {
        List<Answer.Comparison.Difference> differences = new ArrayList<>();
        for (int i = random.nextInt(30); i > 0; i--) {
          differences.add(new Answer.Comparison.Difference(nasty(2), nasty(3), nasty(3)));
        }
        yield new Answer.Comparison(nasty(5), paper(1), paper(2), differences, evidences(), 0.7);
      }
      case 4 -> new Answer.NotFound(nasty(6), nasty(6), papers(12));
      default -> {
        List<String> examples = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
          examples.add(nasty(5));
        }
        yield new Answer.Help(nasty(4), examples);
      }
    };
  }

  private BlockKitRenderer.Context context() {
    PageToken page =
        switch (random.nextInt(3)) {
          case 0 -> null;
          case 1 -> PageToken.list().at(random.nextInt(130));
          default ->
              PageToken.question(nasty(random.nextInt(40) == 0 ? 400 : 8), "C1:1.0")
                  .at(random.nextInt(20));
        };
    String asker =
        switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 -> "<!channel>";
          default -> ASKER;
        };
    return new BlockKitRenderer.Context(asker, random.nextBoolean() ? nasty(10) : null, page);
  }

  private String ticket() {
    return switch (random.nextInt(4)) {
      case 0 -> "";
      case 1 -> nasty(3);
      default -> "tkt-" + random.nextInt(1_000_000);
    };
  }

  @Test
  void hostileAnswersNeverThrowBreakALimitOrCarryActiveMarkup() {
    Set<String> allowed = Set.of(ASKER);
    int checked = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Answer answer = answer();
      String where = "seed " + SEED + ", round " + round;
      SlackMessage message = renderer.render(answer, context());
      SlackMessage buttons =
          renderer.withButtons(message, ticket(), random.nextBoolean() ? "shareKey123" : nasty(2));
      SlackMessage shared = renderer.shared(buttons, random.nextBoolean() ? ASKER : "<!here>");
      for (SlackMessage m : List.of(message, buttons, shared)) {
        assertEquals(List.of(), SlackLimits.violations(m), where);
        assertEquals(List.of(), SlackLimits.activeMarkup(m, allowed), where);
        checked++;
      }
      if (round % 10 == 0) {
        View home = renderer.home(answer, papers(150), List.of(nasty(8), nasty(8)));
        assertEquals(List.of(), SlackLimits.violations(home), where);
        assertEquals(List.of(), SlackLimits.activeMarkup(home.getBlocks(), Set.of()), where);
        var unfurl = renderer.unfurl(paper(round));
        assertEquals(List.of(), SlackLimits.violations(unfurl), where);
        assertEquals(List.of(), SlackLimits.activeMarkup(unfurl, Set.of()), where);
        checked += 2;
      }
      SlackMessage notice = renderer.notice(nasty(20));
      assertEquals(List.of(), SlackLimits.violations(notice), where);
      assertEquals(List.of(), SlackLimits.activeMarkup(notice), where);
    }
    assertEquals(ROUNDS * 3 + ROUNDS / 10 * 2, checked, "every round checked");
  }
}
