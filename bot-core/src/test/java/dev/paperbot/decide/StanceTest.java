package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.understand.Acronyms;
import dev.paperbot.understand.PaperNames;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a sentence of the corpus speaks of a thing: introduces it, reuses it, or marks it as prior
 * work. Origin answers stand on this table.
 */
class StanceTest {

  private static PaperIndex index;
  private static Mentions mentions;

  @BeforeAll
  static void open() {
    index = PaperIndex.inMemory(dev.paperbot.corpus.Corpus.embedded());
    Acronyms acronyms = Acronyms.mine(index.passages());
    PaperNames names = PaperNames.mine(index, acronyms);
    mentions = new Mentions(index, acronyms, names::ownTerms);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @ParameterizedTest(name = "{0} on \"{1}\": {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2504.21801 | proverbench | CONTRIBUTES | we introduce ProverBench
          2401.06066 | gshard      | PRIOR_WORK  | conventional MoE architectures like GShard
          2512.24880 | hc          | PRIOR_WORK  | studies exemplified by Hyper-Connections (HC)
          2412.10302 | deepseekmo  | REUSES      | we leverage DeepSeekMoE
          2401.06066 | llama2      | PRIOR_WORK  | comparable performance with LLaMA2
          2412.19437 | attent      | REUSES      | thoroughly validated in DeepSeek-V2
          """)
  void stanceOfTheSentenceHoldingTheThing(String paper, String term, String stance, String where) {
    Passage p =
        index.passages(paper).stream()
            .filter(s -> s.terms().contains(term))
            .filter(s -> s.text().contains(where.split(" ")[where.split(" ").length - 1]))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no sentence of " + paper + " holds " + term));
    assertEquals(Mentions.Stance.valueOf(stance), mentions.stanceOf(p, Set.of(term)));
  }
}
