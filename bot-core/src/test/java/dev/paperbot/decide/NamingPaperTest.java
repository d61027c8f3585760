package dev.paperbot.decide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import dev.paperbot.corpus.Corpus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lists of papers that name another paper or a family, by other groups or not, and papers with
 * code.
 */
class NamingPaperTest extends EmbeddedEngineTest {

  private static Groups groups;

  @BeforeAll
  static void openGroups() {
    groups = new Groups(Corpus.embedded().papers());
  }

  private static List<String> ids(String question) {
    Answer a = engine.answer(new Question(question, null));
    assertInstanceOf(Answer.PaperList.class, a, a::text);
    return a.papers().stream().map(Paper::id).toList();
  }

  private static Paper paper(String id) {
    return Corpus.embedded().papers().stream().filter(p -> p.id().equals(id)).findFirst().get();
  }

  @Test
  void groupsJoinThroughSharedAuthorsAndCodeOwners() {
    // "Insights into DeepSeek-V3" shares an author with DeepSeekMoE, whose code sits beside V3's.
    assertTrue(groups.same(paper("2505.09343"), paper("2412.19437")));
    // The quantization study's code is UnicomAI's, and no author is shared.
    assertFalse(groups.same(paper("2505.02390"), paper("2412.19437")));
  }

  @Test
  void outsidePapersAreOfAnotherGroup() {
    List<String> ids = ids("which outside papers test deepseek-r1");
    assertTrue(ids.contains("2502.17947"), ids::toString);
    for (String id : ids) {
      assertFalse(groups.same(paper(id), paper("2501.12948")), id);
    }
  }

  @Test
  void whatBuildsOnAPaperLeavesThePaperOut() {
    List<String> ids = ids("which papers build directly on deepseek-v2");
    assertTrue(ids.contains("2412.19437"), ids::toString);
    assertFalse(ids.contains("2405.04434"), ids::toString);
  }

  @Test
  void whatInvolvesAPaperKeepsIt() {
    List<String> ids = ids("which papers involve deepseek-v3");
    assertTrue(ids.contains("2412.19437"), ids::toString);
    // "DeepSeek-V3.2" is another model, not a mention of DeepSeek-V3.
    assertFalse(ids.contains("2512.02556"), ids::toString);
  }

  @Test
  void outsideWorkOnAFamilyIsWhatItsHomeGroupDidNotWrite() {
    List<String> ids = ids("third party evals of deepseek, ie papers not by deepseek");
    assertTrue(ids.size() >= 2, ids::toString);
    for (String id : ids) {
      // DeepSeek-V3's group writes most of the papers that name DeepSeek.
      assertFalse(groups.same(paper(id), paper("2412.19437")), id);
    }
  }

  @Test
  void outsideWorkOnATopicKeepsThePapersAboutIt() {
    List<String> ids = ids("any papers where outside folks test deepseek on medical stuff?");
    assertTrue(ids.contains("2502.17947"), ids::toString);
    assertFalse(ids.contains("2505.02390"), ids::toString);
  }

  @Test
  void codeUnderAnOwnerListsOnlyItsRepositories() {
    List<String> ids = ids("which papers have code under the deepseek-ai github org");
    assertFalse(ids.isEmpty());
    for (String id : ids) {
      assertTrue(paper(id).codeUrl().contains("github.com/deepseek-ai/"), id);
    }
  }

  @Test
  void aPaperNamedByItsTitleIsFoundUnderItsModelNameAndRuledOutWhenAsked() {
    // "the v3 tech report" is the title; other abstracts say "DeepSeek-V3".
    List<String> ids =
        ids("besides the v3 tech report itself, which papers build on or evaluate deepseek-v3");
    assertTrue(
        ids.containsAll(List.of("2504.21801", "2503.23130", "2505.02390", "2505.09343")),
        ids::toString);
    assertFalse(ids.contains("2412.19437"), ids::toString);
    List<String> r1 =
        ids("apart from the r1 paper itself, which papers actually test deepseek-r1?");
    assertFalse(r1.contains("2501.12948"), r1::toString);
    assertTrue(r1.containsAll(List.of("2502.17947", "2505.02390")), r1::toString);
  }
}
