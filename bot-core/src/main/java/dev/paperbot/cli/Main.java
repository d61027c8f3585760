package dev.paperbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.PaperBot;
import dev.paperbot.Question;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The command line: {@code ask}, {@code ask --json}, {@code papers}, {@code paper}, {@code bench},
 * and a REPL with no arguments. The local face of the bot when no chat tokens are set.
 */
public final class Main {

  private static final String USAGE =
      """
      usage: java -jar bot-core/target/paperbot.jar [command]
        ask "question"        answer one question, readable
        ask --json "question" answer as one JSON object
        ask --json            read questions from stdin, one per line; write one JSON object per line
        papers                list the papers
        paper <id or words>   show one paper
        bench                 time answers against a raw Lucene search (see README)
        (no command)          interactive prompt; follow-ups refer to the previous answer
      """;

  /** Created on first JSON output: data binding's class loading is not free at start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  // Lucene logs through java.util.logging that the Vector API is not enabled; a CLI user can do
  // nothing about it, so it is kept off the terminal. Held here so the logger is not collected.
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = run(args, out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs a command; returns the process status. Library-safe: never exits. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("bench")) {
      return Bench.run(Arrays.copyOfRange(args, 1, args.length), out);
    }
    if (args.length > 0
        && (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help"))) {
      out.print(USAGE);
      return 0;
    }
    try (PaperBot bot = PaperBot.fromEnvironment()) {
      if (args.length == 0) {
        repl(bot, out);
        return 0;
      }
      switch (args[0]) {
        case "ask" -> {
          boolean json = args.length > 1 && args[1].equals("--json");
          String[] rest = Arrays.copyOfRange(args, json ? 2 : 1, args.length);
          if (json && rest.length == 0) {
            batch(bot, out);
          } else if (json) {
            out.println(
                Json.MAPPER.writeValueAsString(
                    toJson(String.join(" ", rest), bot.answer(String.join(" ", rest)))));
          } else {
            out.println(Text.render(bot.answer(String.join(" ", rest))));
          }
          return 0;
        }
        case "papers" -> {
          out.println(Text.render(bot.list()));
          return 0;
        }
        case "paper" -> {
          out.println(
              Text.render(bot.show(String.join(" ", Arrays.copyOfRange(args, 1, args.length)))));
          return 0;
        }
        default -> {
          err.println("unknown command: " + args[0]);
          err.print(USAGE);
          return 2;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output", e);
    }
  }

  private static void batch(PaperBot bot, PrintStream out) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      out.println(Json.MAPPER.writeValueAsString(toJson(line, bot.answer(line))));
    }
  }

  private static void repl(PaperBot bot, PrintStream out) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    out.println("PaperBot: ask about the papers (`help`, `papers`, Ctrl-D to quit).");
    String conversation = "cli-" + ProcessHandle.current().pid();
    while (true) {
      out.print("> ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.strip().equals("quit") || line.strip().equals("exit")) {
        return;
      }
      String cmd = line.strip();
      Answer a =
          cmd.equals("papers")
              ? bot.list()
              : cmd.startsWith("paper ")
                  ? bot.show(cmd.substring(6))
                  : bot.answer(new Question(line, conversation));
      out.println(Text.render(a));
    }
  }

  /** The batch format score.py reads, plus the headline, evidence and confidence. */
  static ObjectNode toJson(String question, Answer a) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("question", question);
    o.put("found", a.found());
    o.put("kind", a.kind().label());
    o.put("text", a.text());
    ArrayNode papers = o.putArray("papers");
    for (Paper p : a.papers()) {
      ObjectNode po = papers.addObject();
      po.put("id", p.id());
      po.put("title", p.title());
      po.put("published", p.published().toString());
      po.put("url", p.arxivUrl());
    }
    o.put("headline", a.headline());
    ArrayNode evidence = o.putArray("evidence");
    for (Evidence e : a.evidence()) {
      evidence.addObject().put("paper", e.paperId()).put("sentence", e.sentence());
    }
    o.put("confidence", Math.round(a.confidence() * 100) / 100.0);
    return o;
  }
}
