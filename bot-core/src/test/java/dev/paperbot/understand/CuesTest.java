package dev.paperbot.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcut that skips a cue regex when the question holds none of the words it can start with
 * never changes a signal: checked on every visible question, word by word prefixes of them, and
 * seeded random recombinations of their words.
 */
class CuesTest {

  private static final Lexicon LEXICON = Lexicon.load();

  @Test
  void aCueStartingWithWordsStartsWithThem() {
    List<Cues.Start> starts =
        Cues.starts("\\b(who|which paper) did\\b|\\bauthors?\\b").orElseThrow();
    assertEquals(List.of("who", "which", "author"), starts.stream().map(Cues.Start::text).toList());
    assertTrue(Cues.mayMatch(starts, "the authors of nsa"));
    assertFalse(Cues.mayMatch(starts, "coauthor of nsa"));
  }

  @Test
  void aCueWithAnUnreadableStartAlwaysRuns() {
    assertTrue(Cues.starts("\\b(?!the\\b)[\\w-]+ papers").isEmpty());
    assertTrue(Cues.starts("\\b(first )?(appear\\w*)").isEmpty());
    assertTrue(Cues.starts("(^|, )what").isEmpty());
  }

  @Test
  void aCueNeedsTheWordsEveryMatchHolds() {
    Cues.Need needs =
        Cues.needs("\\b(posted|came)( \\w+){0,2} after\\b|\\b(paper|one) (that )?followed\\b");
    assertTrue(needs.heldBy("the one that followed v2"));
    assertTrue(needs.heldBy("what came out right after v3"));
    assertFalse(needs.heldBy("which paper introduced mla"));
    assertFalse(needs.heldBy("posted before v3"));
    assertTrue(Cues.needs("\\bco-?authors?\\b").heldBy("coauthor"));
    assertFalse(Cues.needs("\\bco-?authors?\\b").heldBy("co-writer"));
  }

  @Test
  void aCueWithNothingReadableNeedsNothing() {
    assertTrue(Cues.needs("(?i)github").heldBy("GitHub"));
    assertTrue(Cues.needs("\\u4e4b\\u540e").heldBy("之后"));
    assertTrue(Cues.needs("\\b(\\?+|help)$").heldBy("?"));
    assertTrue(Cues.needs("(?!x)a|b?").heldBy(""));
  }

  static List<String> visible() throws Exception {
    List<String> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String set : List.of("dev-questions", "dev2-questions")) {
      try (InputStream in = CuesTest.class.getResourceAsStream("/golden/" + set + ".jsonl");
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            out.add(json.readTree(line).path("question").asText().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("visible")
  void theShortcutChangesNoSignal(String question) {
    assertEquals(LEXICON.signalsByRegexAlone(question), LEXICON.signals(question), question);
  }

  /** Every tail of every visible question, and 2,000 seeded shuffles of their words. */
  @Test
  void norOnRecombinedQuestions() throws Exception {
    List<String> visible = visible();
    List<String> words = visible.stream().flatMap(q -> Stream.of(q.split(" "))).toList();
    List<String> questions = new ArrayList<>();
    for (String q : visible) {
      String[] w = q.split(" ");
      for (int n = 1; n < w.length; n++) {
        questions.add(String.join(" ", java.util.Arrays.copyOfRange(w, n, w.length)));
      }
    }
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = 2 + random.nextInt(8); k < n; k++) {
        sb.append(k == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
      }
      questions.add(sb.toString());
    }
    for (String q : questions) {
      assertEquals(LEXICON.signalsByRegexAlone(q), LEXICON.signals(q), q);
    }
  }
}
