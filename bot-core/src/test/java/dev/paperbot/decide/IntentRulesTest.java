package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intent table row by row: which row a question fires, and rows it must not fire. */
class IntentRulesTest extends EmbeddedEngineTest {

  private static String row(String question) {
    return IntentRules.firing(engine.read(engine.interpreter().interpret(question), null)).name();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          help                                                     | help
          ''                                                       | help
          which was posted first, prover 1.5 or the fire-flyer paper? | which of the named is newer/older
          what got posted right after the v3 tech report?          | right after / before a paper
          NSA vs DSA, how do they differ                           | compare two papers
          the ophthalmology study vs the surgery one               | compare two papers
          which papers have damai dai as an author                 | papers by an author
          who wrote the engram paper                               | authors of a paper
          who's first author on the robot surgery evaluation       | authors of a paper
          what's the oldest paper in here                          | newest/oldest of the set
          anything in here from dec 2024?                          | papers of a span
          when did the engram / conditional memory paper come out  | date of a paper
          which paper introduced MLA?                              | origin of a thing
          哪篇论文最早提出了 GShard？                                   | origin of a thing
          whose idea was the u-shaped scaling law                  | origin of a thing
          papers that study scaling laws?                          | papers about a topic
          all the sparse attention papers?                         | papers about a topic
          lean 4 theorem prover papers?                            | papers about a topic
          papers where context length gets pushed to 128k?         | papers about a topic
          anything on sparse attention? list em                    | papers about a topic
          which papers build directly on deepseek-v2               | papers naming a paper
          which outside papers test deepseek-r1                    | papers naming a paper
          which papers have code under the deepseek-ai github org  | papers with code
          third party evals of deepseek?                           | outside work on a family
          what is mHC?                                             | definition
          wait what's RLPAF                                        | definition
          tldr of the quantization report pls                      | card of a paper
          got a link to the manifold hyper-connections paper?      | card of a paper
          how many H800 GPUs was deepseek v3 trained on?           | fact in a paper
          github link for faiss                                    | code of a paper
          a paper titled something like “towards ultimate expert specialisation” | card of a paper
          dpeseek v3 tecnical reprot pls                           | card of a paper
          pull up the longtermism one                              | card of a paper
          is the code for deepseek v3 available?                   | code of a paper
          what is the arxiv id of the NSA paper                    | arXiv id of a paper
          what is the capital of France?                           | definition
          anyone know a good ramen place near the office?          | fact anywhere
          who took a half-trained v2 checkpoint and kept pretraining it on code | the paper that did a described thing
          which one had the llm break hard math problems into subgoals | the paper that did a described thing
          """)
  void fires(String question, String expected) {
    assertEquals(expected, row(question));
  }

  @ParameterizedTest(name = "{0} must not fire {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          link to the paper where they reflect on hardware after building v3 | origin of a thing
          link to the paper where they reflect on hardware after building v3 | right after / before a paper
          coder v2 - how many programming languages does it support now vs before? | compare two papers
          in like 3 abstracts, which paper came up with compressing the kv cache | date of a paper
          newest paper?                                            | which of the last answer's is newer/older
          which papers are about code generation?                  | code of a paper
          which papers use MLA                                     | papers naming a paper
          what license are the r1 weights under, mit or apache?    | code of a paper
          who wrote the deepseek-v3 technical report and when      | the paper that did a described thing
          which paper first proposed compressing the kv cache into a latent vector | the paper that did a described thing
          which papers test deepseek-r1 on medical exams            | the paper that did a described thing
          which paper's the one w the 3bit quant that runs r1 on one box | the paper that did a described thing
          what issue does mHC address?                             | origin of a thing
          what sizes are the distilled R1 models, i think it's in the r1 paper | card of a paper
          """)
  void mustNotFire(String question, String notExpected) {
    assertNotEquals(notExpected, row(question));
  }
}
