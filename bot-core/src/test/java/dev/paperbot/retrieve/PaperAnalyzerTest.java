package dev.paperbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-liners in the spirit of Lucene's assertAnalyzesTo: input on the left, terms on the right. */
class PaperAnalyzerTest {

  private static void assertAnalyzesTo(String input, String... expected) {
    assertEquals(Arrays.asList(expected), Terms.terms(input), "terms of: " + input);
  }

  @Test
  void britishSpellingsAreTheAbstractsAmericanOnes() {
    assertAnalyzesTo("optimisation specialised analyse", "optim", "special", "analyz");
    assertAnalyzesTo("optimization specialized analyze", "optim", "special", "analyz");
  }

  @Test
  void shortWordsEndingInIseStayThemselves() {
    assertAnalyzesTo("rise wise", "rise", "wise");
  }

  @Test
  void digitsRunIntoAWordSplitLikeTheHyphenatedForm() {
    assertAnalyzesTo("3bit", "3", "bit");
    assertAnalyzesTo("3-bit", "3", "bit");
    assertAnalyzesTo("671B H800 FP8", "671b", "h800", "fp8");
  }

  @Test
  void hyphenatedModelNameSplitsLikeTheSpacedOne() {
    assertAnalyzesTo("DeepSeek-V3", "deepseek", "v3");
  }

  @Test
  void spacedModelNameGivesTheSameTerms() {
    assertAnalyzesTo("deepseek v3", "deepseek", "v3");
  }

  @Test
  void dottedVersionStaysWhole() {
    assertAnalyzesTo("DeepSeek-V3.2", "deepseek", "v3.2");
  }

  @Test
  void proverVersionStaysWhole() {
    assertAnalyzesTo("Prover-V1.5", "prover", "v1.5");
  }

  @Test
  void coderVersionKeepsEveryPart() {
    assertAnalyzesTo("DeepSeek-Coder-V2", "deepseek", "coder", "v2");
  }

  @Test
  void camelCaseNameStaysOneTerm() {
    assertAnalyzesTo("DeepSeekMoE", "deepseekmo");
  }

  @Test
  void underscoresKeepQuantNamesWhole() {
    assertAnalyzesTo("DQ3_K_M", "dq3_k_m");
  }

  @Test
  void sizesStayWhole() {
    assertAnalyzesTo("671B parameters", "671b", "paramet");
  }

  @Test
  void stemmingConflatesNativeAndNatively() {
    assertEquals(Terms.terms("native"), Terms.terms("natively"));
  }

  @Test
  void aNameTheCorpusTypesInCapitalsIsNotStemmedHoweverItIsTyped() {
    assertAnalyzesTo("AIME aime aims", "aime", "aime", "aim");
    assertEquals("aime", Terms.termOf("aime"));
    assertEquals("aim", Terms.termOf("aims"));
  }

  @Test
  void stemmingConflatesTenses() {
    assertEquals(Terms.terms("introduce"), Terms.terms("introduced"));
  }

  @Test
  void stopWordsGo() {
    assertAnalyzesTo("the paper of a model", "paper", "model");
  }

  @Test
  void possessiveGoes() {
    assertAnalyzesTo("DeepSeek's model", "deepseek", "model");
  }

  @Test
  void chineseBecomesBigrams() {
    assertAnalyzesTo("论文提出", "论文", "文提", "提出");
  }

  @Test
  void fullWidthLatinFolds() {
    assertAnalyzesTo("ＭＬＡ", "mla");
  }

  @Test
  void mixedChineseAndLatin() {
    assertAnalyzesTo("提出了MLA", "提出", "出了", "mla");
  }

  @Test
  void acronymPluralsLoseTheirS() {
    assertAnalyzesTo("LLMs and MCQs", "llm", "mcq");
  }

  @Test
  void thousandsAreOneNumber() {
    assertAnalyzesTo("10,000 GPUs and 10k GPUs", "10000", "gpu", "10000", "gpu");
  }

  @Test
  void resolutionsWithAnXSplit() {
    assertAnalyzesTo("1024x1024", "1024", "x", "1024");
  }

  @Test
  void tokensKeepOffsetsForHighlighting() {
    List<Terms.Token> tokens = Terms.tokens("We present DeepSeek-V3");
    Terms.Token v3 = tokens.get(tokens.size() - 1);
    assertEquals("v3", v3.term());
    assertEquals("V3", "We present DeepSeek-V3".substring(v3.start(), v3.end()));
  }
}
