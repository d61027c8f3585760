package dev.paperbot.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Typos are fixed against known words; real words and names are left alone. */
class SpellCorrectorTest {

  private final SpellCorrector speller =
      new SpellCorrector(
          Map.of(
              "attention",
              9,
              "with",
              40,
              "which",
              8,
              "auxiliary",
              1,
              "parameters",
              5,
              "formal",
              3,
              "art",
              1),
          Set.of("which", "introduced", "with"));

  @Test
  void droppedLetter() {
    assertEquals("attention", speller.correct("atention"));
  }

  @Test
  void swappedLetters() {
    assertEquals("introduced", speller.correct("introdcued"));
  }

  @Test
  void droppedLetterBeatsChangedOne() {
    assertEquals("which", speller.correct("wich"));
  }

  @Test
  void abbreviationCompletes() {
    assertEquals("auxiliary", speller.correct("aux"));
  }

  @Test
  void pluralAbbreviationCompletes() {
    assertEquals("parameters", speller.correct("params"));
  }

  @Test
  void changedLetterInAShortWordIsAnotherWord() {
    assertEquals("format", speller.correct("format"));
  }

  @Test
  void extraLetterInAShortWordIsAnotherWord() {
    assertEquals("part", speller.correct("part"));
  }

  @Test
  void knownWordsStay() {
    assertEquals("with", speller.correct("with"));
  }

  @Test
  void digitsStay() {
    assertEquals("v3", speller.correct("v3"));
  }
}
