package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleMatcherTest {

  private static Fact fact(String id, String title) {
    return new Fact(1, id, title, LocalDate.of(2025, 1, 1), List.of("A B"), null);
  }

  private static final Fact SHORT = fact("1", "A Comparison of DeepSeek and Other LLMs");
  private static final Fact LONG =
      fact(
          "2",
          "DeepSeek-R1 Outperforms Gemini 2.0 Pro, OpenAI o1, and o3-mini in Bilingual Complex"
              + " Ophthalmology Reasoning");

  @Test
  void aShortTitleWhoseWordsAllOccurDoesNotBeatALongTitleThatFitsBetter() {
    String text =
        "We compare DeepSeek-R1 with other LLMs (Gemini 2.0 Pro, OpenAI o1 and o3-mini) on"
            + " bilingual complex ophthalmology cases and analyse their reasoning.";
    assertEquals(
        LONG,
        assertInstanceOf(TitleMatcher.Matched.class, TitleMatcher.match(text, List.of(SHORT, LONG)))
            .fact());
  }

  @Test
  void textAboutNeitherTitleMatchesNothing() {
    TitleMatcher.Unmatched none =
        assertInstanceOf(
            TitleMatcher.Unmatched.class,
            TitleMatcher.match("Protein folding with graph networks.", List.of(SHORT, LONG)));
    assertTrue(none.reason().startsWith("no title in paper-facts.tsv fits"), none.reason());
  }

  @Test
  void aTieIsReportedAsAmbiguousRatherThanGuessed() {
    Fact twin = fact("3", "A Comparison of DeepSeek and Other LLMs, Again");
    TitleMatcher.Unmatched tie =
        assertInstanceOf(
            TitleMatcher.Unmatched.class,
            TitleMatcher.match("A comparison of DeepSeek and other LLMs.", List.of(SHORT, twin)));
    assertTrue(tie.reason().startsWith("ambiguous"), tie.reason());
  }

  @Test
  void termsIgnoreCaseStopwordsAndWordEndings() {
    assertEquals(
        TitleMatcher.terms("the Surgeon of Quantization"),
        TitleMatcher.terms("surgery, quantized"));
  }

  @Test
  void aRespelledTitleFindsItsRowButARelatedTitleDoesNot() {
    assertEquals(
        Optional.of(LONG),
        TitleMatcher.closestTitle(
            LONG.title().toUpperCase().replace(",", ""), List.of(SHORT, LONG)));
    assertEquals(
        Optional.empty(),
        TitleMatcher.closestTitle("A Comparison of DeepSeek-R1 and Gemini", List.of(SHORT, LONG)));
  }
}
