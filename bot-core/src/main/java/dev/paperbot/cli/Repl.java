package dev.paperbot.cli;

import dev.paperbot.Answer;
import dev.paperbot.PaperBot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The interactive prompt on JLine: line editing and history (kept in {@code ~/.paperbot_history}),
 * output wrapped to the terminal's width, one conversation for follow-ups until {@code new}. Works
 * the same when standard input is not a terminal (JLine's dumb terminal), so it can be scripted.
 */
final class Repl {

  /** History file name in the user's home. */
  static final String HISTORY = ".paperbot_history";

  static final String COMMANDS =
      """
      Commands:
        help              this list, then what you can ask
        papers            the papers of the set, newest first
        paper <id|words>  one paper's card (e.g. paper 2405.04434, paper faiss)
        new               forget the conversation: the next question stands alone
        quit, exit        leave (Ctrl-D too)
      Anything else is a question; a follow-up ("and when was it published?") refers to the
      previous answer. Up/Down browse the history, Ctrl-R searches it.""";

  private final Main.Context context;
  private final boolean json;

  Repl(Main.Context context, boolean json) {
    this.context = context;
    this.json = json;
  }

  int run() throws IOException {
    Path history = historyFile();
    try (Terminal terminal = terminal()) {
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("paperbot")
              .variable(LineReader.HISTORY_FILE, history)
              .variable(LineReader.HISTORY_SIZE, 1_000)
              .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .build();
      PrintWriter out = terminal.writer();
      PaperBot bot = context.bot();
      out.println("PaperBot: ask about the papers ('help' for commands, Ctrl-D to quit).");
      out.flush();
      String conversation = newConversation();
      while (true) {
        String line;
        try {
          line = reader.readLine("> ");
        } catch (UserInterruptException e) {
          continue; // Ctrl-C drops the line being typed, as in a shell.
        } catch (EndOfFileException e) {
          break;
        }
        String cmd = line.strip();
        String word = cmd.toLowerCase(Locale.ROOT);
        Answer answer;
        if (cmd.isEmpty()) {
          continue;
        } else if (word.equals("quit") || word.equals("exit")) {
          break;
        } else if (word.equals("help") || word.equals("?")) {
          out.println(COMMANDS);
          out.println();
          answer = bot.help();
        } else if (word.equals("new")) {
          conversation = newConversation();
          out.println("(new conversation)");
          out.flush();
          continue;
        } else if (word.equals("papers")) {
          answer = bot.list();
        } else if (word.startsWith("paper ")) {
          answer = bot.show(cmd.substring("paper ".length()).strip());
        } else if (word.equals("paper")) {
          out.println("paper needs an arXiv id or title words, e.g. paper faiss");
          out.flush();
          continue;
        } else {
          answer = Main.ask(bot, line, conversation);
        }
        if (json) {
          out.println(Main.Json.MAPPER.writeValueAsString(Main.toJson(line, answer)));
        } else {
          out.println(Text.wrap(Text.render(answer), width(terminal)));
        }
        out.flush();
      }
      reader.getHistory().save();
      return Main.ANSWERED;
    }
  }

  /**
   * The process's terminal (JLine's dumb one, without its warning, when stdin is a pipe or a file),
   * or a dumb terminal over the given streams when run in process.
   */
  private Terminal terminal() throws IOException {
    if (context.in == System.in) {
      return TerminalBuilder.builder()
          .name("paperbot")
          .system(true)
          .dumb(true)
          .encoding(StandardCharsets.UTF_8)
          .build();
    }
    return new DumbTerminal(
        "paperbot", Terminal.TYPE_DUMB, context.in, context.out, StandardCharsets.UTF_8);
  }

  private Path historyFile() {
    String custom = context.env.get("PAPERBOT_HISTORY");
    if (custom != null && !custom.isBlank()) {
      return Path.of(custom);
    }
    return Path.of(System.getProperty("user.home"), HISTORY);
  }

  private static int width(Terminal terminal) {
    int w = terminal.getWidth();
    return w < 20 ? 80 : w;
  }

  private static String newConversation() {
    return "cli-" + UUID.randomUUID();
  }
}
