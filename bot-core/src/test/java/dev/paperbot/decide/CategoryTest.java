package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** arXiv's category is metadata the corpus records for some papers: it is answerable. */
class CategoryTest extends EmbeddedEngineTest {

  @Test
  void thePapersUnderACategoryAreListed() {
    Answer a = engine.answer(new Question("anything filed under cs.DC?", null));
    Answer.PaperList list = assertInstanceOf(Answer.PaperList.class, a, a::text);
    assertEquals(
        Set.of("2408.14158", "2505.09343"),
        list.papers().stream().map(Paper::id).collect(Collectors.toSet()));
  }

  @Test
  void aNamedPapersCategoryIsAFact() {
    Answer a = assertFirstPaper(Answer.Found.class, "which arxiv category is r1 in", "2501.12948");
    assertTrue(a.text().contains("cs.CL"), a::text);
  }

  @Test
  void aCategoryTheSetDoesNotRecordIsSaidSo() {
    assertNotFound("what category is the deepseek llm paper");
  }

  @Test
  void aCategoryNoPaperHasIsNotFound() {
    assertNotFound("papers in cs.CV?");
  }
}
