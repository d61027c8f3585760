package dev.paperbot.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Acronyms are mined from the text itself, in both shapes abstracts use. */
class AcronymsTest {

  private static final Paper PAPER =
      new Paper(
          "0000.00000",
          "T",
          List.of(),
          List.of(),
          LocalDate.of(2024, 1, 1),
          "cs.CL",
          "x",
          "u",
          "p",
          null);

  private static Map<String, String> mine(String sentence) {
    Passage p =
        new Passage(PAPER, 0, sentence, Terms.tokens(sentence), Set.copyOf(Terms.terms(sentence)));
    return Acronyms.mine(List.of(p)).all().stream()
        .collect(
            Collectors.toMap(Acronyms.Acronym::shortForm, Acronyms.Acronym::longForm, (a, b) -> a));
  }

  @Test
  void longFormThenParentheses() {
    assertEquals(
        "Multi-head Latent Attention",
        mine("It adopts Multi-head Latent Attention (MLA) and more.").get("MLA"));
  }

  @Test
  void lowerCaseLettersInTheShortForm() {
    assertEquals(
        "Manifold-Constrained Hyper-Connections",
        mine("we propose Manifold-Constrained Hyper-Connections (mHC), a framework").get("mHC"));
  }

  @Test
  void functionWordsMayBeSkipped() {
    assertEquals(
        "reinforcement learning from proof assistant feedback",
        mine("refined through reinforcement learning from proof assistant feedback (RLPAF).")
            .get("RLPAF"));
  }

  @Test
  void pluralShortForm() {
    assertEquals(
        "large language models",
        mine("open-source large language models (LLMs) grow.").get("LLMs"));
  }

  @Test
  void appositiveExpansion() {
    assertEquals(
        "Natively trainable Sparse Attention",
        mine("We present NSA, a Natively trainable Sparse Attention mechanism that works.")
            .get("NSA"));
  }

  @Test
  void parenthesesThatAreNotAnAcronymAreIgnored() {
    assertTrue(
        mine("trade-off between neural computation (MoE) and static memory (Engram).").isEmpty());
  }

  @Test
  void numbersInParenthesesAreIgnored() {
    assertTrue(mine("six dense models (1.5B, 7B) and images (1024 x 1024).").isEmpty());
  }
}
