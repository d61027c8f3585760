package dev.paperbot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded fuzzing of {@link PaperBot#answer}: real questions spliced with markup, mention
 * and link syntax, control characters, surrogates and Lucene syntax. Whatever comes in, the answer
 * is not an internal error, hands over no active markup from the input, holds no lone surrogate,
 * and its headline stays short.
 */
class FuzzTest {

  /** How the engine's catch-all answer starts: seeing it means an exception was swallowed. */
  static final String INTERNAL_ERROR = "Sorry, something went wrong";

  private static final long SEED = 20261201L;
  // A few thousand in CI; -Dfuzz.count=100000 for the full run.
  private static final int INPUTS = Integer.getInteger("fuzz.count", 3_000);

  private static final String[] QUESTIONS = {
    "which paper introduced MLA?",
    "what is mHC",
    "how many parameters does deepseek v3 have",
    "papers about theorem proving",
    "who wrote the faiss paper",
    "deepseek-vl vs vl2",
    "when was r1 published",
    "哪篇论文提出了MLA？",
    "summarize the nsa paper",
    "",
  };

  private static final String[] NASTY = {
    "<@U07ABCDEF>",
    "<!channel>",
    "<!here|here>",
    "@everyone",
    "@here",
    "@everyone\u0301",
    "@\u200beveryone",
    "＠everyone",
    "[x](https://evil.example)",
    "<https://evil.example|click>",
    "https://evil.example/x?y=<z>",
    "*",
    "_",
    "~~",
    "`",
    "```",
    ">",
    "&amp;",
    "<",
    ">",
    "\\",
    "title:*",
    "AND (",
    "\"",
    "[a TO z]",
    "mla~2",
    "^3",
    "\u0000",
    "\u001b[31m",
    "\u202e",
    "\uD83D\uDE80",
    "\uD83D",
    "\uDE80",
    "\uD83D\uDC69\u200D\uD83D\uDCBB",
    "e\u0301",
    "\n",
    "\t",
    "<#C123|general>",
    "<@&123>",
    "<:emoji:123>",
    "<t:1700000000:R>",
    "||spoiler||",
    "# heading",
  };

  // Active markup on either platform: Slack's <@…>, <!…>, <#…>, <http…|…>; Discord's <@…>, <#…>,
  // <@&…>; masked links; @everyone / @here even with marks or zero-width characters inside.
  private static final Pattern ACTIVE =
      Pattern.compile(
          "<[@#!&]|<https?:|\\]\\(https?:|[@＠]\\p{M}*[\\u200b-\\u200d\\u2060]*(everyone|here|channel)",
          Pattern.CASE_INSENSITIVE);

  private static PaperBot bot;

  @BeforeAll
  static void open() {
    bot = PaperBot.create();
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  @Test
  void noInputBreaksTheAnswerOrLeaksMarkup() {
    Random random = new Random(SEED);
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      String input = input(random);
      Answer a = bot.answer(new Question(input, "fuzz:" + (i % 7)));
      String text = a.text();
      if (a.headline().startsWith(INTERNAL_ERROR)) {
        violations.add("internal error: " + input);
      } else if (ACTIVE.matcher(a.headline()).find() || ACTIVE.matcher(text).find()) {
        violations.add("markup: " + input + " -> " + a.headline());
      } else if (hasLoneSurrogate(text)) {
        violations.add("lone surrogate: " + input);
      } else if (a.headline().length() > 600) {
        violations.add("headline of " + a.headline().length() + " chars: " + input);
      }
    }
    assertTrue(violations.isEmpty(), () -> violations.size() + " violations, e.g. " + violations);
  }

  /**
   * The abstracts' own sentences, cut into questions of every kind, reach every stance and mention
   * path the corpus has: none may end in the internal-error fallback.
   */
  @Test
  void theCorpusOwnSentencesAsQuestionsNeverErr() {
    List<String> frames =
        List.of(
            "which paper introduced %s?",
            "what is %s", "which papers are about %s", "where does %s come from?", "how many %s");
    List<String> violations = new ArrayList<>();
    for (dev.paperbot.Paper p : bot.papers()) {
      for (String sentence : dev.paperbot.corpus.Sentences.split(p.abstractText())) {
        String[] words = sentence.split("\\s+");
        for (int from = 0; from < words.length; from += 6) {
          String piece =
              String.join(
                  " ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + 8)));
          String q =
              String.format(frames.get(Math.floorMod(piece.hashCode(), frames.size())), piece);
          if (bot.answer(new Question(q, null)).headline().startsWith(INTERNAL_ERROR)) {
            violations.add(q);
          }
        }
      }
    }
    assertTrue(violations.isEmpty(), () -> violations.size() + " errors, e.g. " + violations);
  }

  @Test
  void theDetectorSeesWhatItLooksFor() {
    // The checks above are only as good as these patterns; show they do fire.
    assertTrue(ACTIVE.matcher("hi @everyone\u0301").find());
    assertTrue(ACTIVE.matcher("see [x](https://evil)").find());
    assertTrue(hasLoneSurrogate("a\uD83D"));
    assertFalse(hasLoneSurrogate("a\uD83D\uDE80"));
  }

  private static String input(Random random) {
    StringBuilder sb = new StringBuilder(QUESTIONS[random.nextInt(QUESTIONS.length)]);
    int splices = random.nextInt(6);
    for (int k = 0; k < splices; k++) {
      String piece =
          random.nextInt(5) == 0
              ? String.valueOf((char) random.nextInt(0x10000))
              : NASTY[random.nextInt(NASTY.length)];
      int at = random.nextInt(sb.length() + 1);
      sb.insert(at, random.nextBoolean() ? piece : " " + piece + " ");
    }
    if (random.nextInt(50) == 0) {
      sb.append("x".repeat(5_000));
    }
    return sb.toString();
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
