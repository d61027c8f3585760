package dev.paperbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void splitsOnSentenceEnds() {
    assertEquals(List.of("One thing.", "Two things."), Sentences.split("One thing. Two things."));
  }

  @Test
  void keepsExampleAbbreviationsInside() {
    assertEquals(
        List.of("It helps retrieval (e.g., MMLU +3.4; CMMLU +4.0), we observe gains.", "Next."),
        Sentences.split(
            "It helps retrieval (e.g., MMLU +3.4; CMMLU +4.0), we observe gains. Next."));
  }

  @Test
  void keepsDecimalsInside() {
    assertEquals(
        List.of("It costs 2.788M H800 GPU hours."),
        Sentences.split("It costs 2.788M H800 GPU hours."));
  }

  @Test
  void everySentenceOfEveryAbstractIsQuotable() {
    for (var p : Corpus.embedded().papers()) {
      assertEquals(
          p.abstractText().replaceAll("\\s+", ""),
          String.join("", Sentences.split(p.abstractText())).replaceAll("\\s+", ""),
          p.id());
    }
  }
}
