package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "or" and "/" offer alternatives; words before them stay common to every alternative. */
class AlternativesTest {

  @Test
  void slashSplitsATopic() {
    assertEquals(
        List.of(List.of("ocr"), List.of("document", "understand")),
        Alternatives.of(
            "any papers on ocr / document understanding",
            List.of("ocr", "document", "understand"),
            "ocr"::equals));
  }

  @Test
  void plainWordsBeforeAPhraseShareItsHead() {
    assertEquals(
        List.of(
            List.of("ocr"),
            List.of("document", "understand"),
            List.of("document", "understand"),
            List.of("chart", "understand")),
        Alternatives.of(
            "papers that do ocr / document / chart understanding",
            List.of("ocr", "document", "chart", "understand"),
            "ocr"::equals));
  }

  @Test
  void aFramingWordMayOpenAnAlternative() {
    assertEquals(
        List.of(
            List.of("hardwar"),
            List.of("infrastructur"),
            List.of("infrastructur"),
            List.of("gpu", "cluster")),
        Alternatives.of(
            "papers about hardware / infrastructure / building gpu clusters?",
            List.of("hardwar", "infrastructur", "gpu", "cluster"),
            t -> true));
  }

  @Test
  void orKeepsTheCommonWords() {
    assertEquals(
        List.of(List.of("reinforc", "learn", "reason"), List.of("reinforc", "learn", "prove")),
        Alternatives.of(
            "which papers use reinforcement learning for reasoning or proving",
            List.of("reinforc", "learn", "reason", "prove")));
  }

  @Test
  void commaSeparatedItemsAreAlternativesToo() {
    assertEquals(
        List.of(List.of("llm", "gemini"), List.of("llm", "gpt"), List.of("llm", "claud")),
        Alternatives.of(
            "llms such as gemini, gpt or claude", List.of("llm", "gemini", "gpt", "claud")));
  }

  @Test
  void noSeparatorKeepsTheTopic() {
    assertEquals(
        List.of(List.of("theorem", "prove")),
        Alternatives.of("theorem proving", List.of("theorem", "prove")));
  }
}
