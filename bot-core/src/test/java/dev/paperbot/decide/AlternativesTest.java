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
  void examplesInParenthesesAreEachAnAlternativeBesideTheKind() {
    assertEquals(
        List.of(List.of("openai", "model"), List.of("gpt"), List.of("o1"), List.of("o3")),
        Alternatives.of(
            "which papers compare against openai models (gpt-anything, o1, o3 etc)",
            List.of("openai", "model", "gpt", "o1", "o3"),
            t -> !t.equals("model")));
  }

  @Test
  void examplesAfterLikeAreEachAnAlternative() {
    assertEquals(
        List.of(List.of("math", "competit"), List.of("imo"), List.of("putnam")),
        Alternatives.of(
            "papers mentioning math competitions like imo / putnam?",
            List.of("math", "competit", "imo", "putnam"),
            t -> true));
  }

  @Test
  void commonWordsOrBareNumbersInParenthesesAreNoExamples() {
    assertEquals(
        List.of(List.of("deepseek", "v3", "use", "evalu")),
        Alternatives.of(
            "which papers involve deepseek-v3 (use it, evaluate it)",
            List.of("deepseek", "v3", "use", "evalu"),
            t -> t.equals("v3")));
    assertEquals(
        List.of(List.of("gpt", "model"), List.of("gpt")),
        Alternatives.of(
            "which abstracts compare with some gpt model (gpt-3.5 / 4 / 5)",
            List.of("gpt", "model"),
            t -> t.equals("gpt")));
  }

  @Test
  void noSeparatorKeepsTheTopic() {
    assertEquals(
        List.of(List.of("theorem", "prove")),
        Alternatives.of("theorem proving", List.of("theorem", "prove")));
  }
}
