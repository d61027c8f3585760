package dev.paperbot.understand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intent rules fire on the cues users type, in English and Chinese. */
class LexiconTest {

  private static final Lexicon LEXICON = Lexicon.load();

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "which paper introduced mla?|ORIGIN",
        "who came up with dq3_k_m?|ORIGIN",
        "where does deepseek sparse attention come from?|ORIGIN",
        "哪篇论文提出了mla？|ORIGIN",
        "what is mhc?|DEFINITION",
        "what's the deal with mhc|DEFINITION",
        "what does nsa stand for|DEFINITION",
        "who wrote the nsa paper?|AUTHOR",
        "which papers list xiao bi as an author?|AUTHOR_LIST",
        "when was r1 published?|DATE",
        "what is the newest paper in the set?|NEWEST",
        "the oldest paper?|OLDEST",
        "faiss or engram, which was out first?|OLDEST",
        "which one dropped first, mhc or nsa|OLDEST",
        "which of the two landed later|NEWEST",
        "where did the whole shared-experts idea start?|ORIGIN",
        "trying to remember where that started|ORIGIN",
        "which papers propose their own attention mechanism|NOVEL",
        "what about the vision ones?|LIST",
        "need the name of that eye exam paper|PAPER_NOUN",
        "the v3 retrospective where they talk hardware|PAPER_NOUN",
        "anything multimodal in here?|LIST",
        "how does v3 differ from v2?|COMPARE",
        "v2 vs v3|COMPARE",
        "which papers are about theorem proving?|LIST",
        "list the papers on theorem proving|LIST",
        "summarize the coder v2 paper|SUMMARY",
        "tell me about the faiss paper|SUMMARY",
        "how many parameters does v3 have?|QUANTITY",
        "and when was it published?|FOLLOWUP",
        "help|HELP",
        "what can you do?|HELP",
      })
  void cueFires(String question, Signal expected) {
    EnumSet<Signal> signals = LEXICON.signals(question);
    assertTrue(signals.contains(expected), question + " gave " + signals);
  }
}
