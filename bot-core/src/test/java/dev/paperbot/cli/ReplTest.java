package dev.paperbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL on JLine's dumb terminal: what a script or a pipe on standard input gets. */
class ReplTest {

  @Test
  void helpListsTheReplsOwnCommands(@TempDir Path tmp) {
    MainTest.Run r = repl(tmp, "help\nquit\n");
    assertEquals(0, r.status(), r.err());
    for (String command : new String[] {"help", "papers", "paper <id|words>", "new", "quit"}) {
      assertTrue(r.out().contains("  " + command), command + " missing from:\n" + r.out());
    }
  }

  @Test
  void aFollowUpRefersToThePreviousAnswer(@TempDir Path tmp) {
    MainTest.Run r = repl(tmp, "which paper introduced MLA?\nand when was it published?\n");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("was first submitted to arXiv on 7 May 2024"), r.out());
  }

  @Test
  void newForgetsTheConversation(@TempDir Path tmp) {
    MainTest.Run r = repl(tmp, "which paper introduced MLA?\nnew\nand when was it published?\n");
    assertTrue(r.out().contains("(new conversation)"), r.out());
    assertTrue(!r.out().contains("was first submitted to arXiv on 7 May 2024"), r.out());
  }

  @Test
  void paperCommandsAndHistory(@TempDir Path tmp) throws Exception {
    MainTest.Run r = repl(tmp, "paper faiss\npaper\npapers\nexit\n");
    assertTrue(r.out().contains("https://arxiv.org/abs/2401.08281"), r.out());
    assertTrue(r.out().contains("paper needs an arXiv id or title words"), r.out());
    String history = Files.readString(tmp.resolve("history"));
    assertTrue(history.contains("paper faiss"), history);
  }

  @Test
  void outputIsWrappedToTheWidth() {
    String wrapped = Text.wrap("  > " + "word ".repeat(40).strip(), 40);
    assertTrue(wrapped.lines().allMatch(l -> l.length() <= 40), wrapped);
    assertTrue(wrapped.lines().skip(1).allMatch(l -> l.startsWith("    word")), wrapped);
    assertEquals(
        "https://example.org/" + "x".repeat(60),
        Text.wrap("https://example.org/" + "x".repeat(60), 40));
  }

  private static MainTest.Run repl(Path tmp, String input) {
    return MainTest.run(Map.of("PAPERBOT_HISTORY", tmp.resolve("history").toString()), input);
  }
}
