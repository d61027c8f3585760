package dev.paperbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.PaperBot;
import dev.paperbot.corpus.Corpus;
import dev.paperbot.retrieve.Tuning;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a set far larger than the embedded one, a topic that thousands of papers share is answered
 * with the newest {@link Tuning#LIST_MAX}, and the headline says that more fit.
 */
class LargeCorpusTest {

  @Test
  void aCommonTopicListsTheNewestAndSaysMoreFit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corpus.json");
    SyntheticCorpus.write(Corpus.embedded(), 3_000, 7, file);
    try (PaperBot bot = PaperBot.builder().corpus(file).build()) {
      Answer a = bot.answer("which papers are about vision-language models?");
      Answer.PaperList list = assertInstanceOf(Answer.PaperList.class, a, a::text);
      assertEquals(Tuning.LIST_MAX, list.papers().size());
      assertTrue(list.headline().startsWith("More than"), list.headline());
      assertTrue(list.evidence().size() <= Tuning.LIST_EVIDENCE);
      // Newest first, as the headline promises.
      for (int i = 1; i < list.papers().size(); i++) {
        assertTrue(!list.papers().get(i).published().isAfter(list.papers().get(i - 1).published()));
      }
    }
  }
}
