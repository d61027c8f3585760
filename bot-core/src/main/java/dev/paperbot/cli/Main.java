package dev.paperbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.Paper;
import dev.paperbot.PaperBot;
import dev.paperbot.Question;
import dev.paperbot.ops.Logs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line, {@code paperbot}: {@code ask}, {@code papers}, {@code paper}, {@code eval},
 * {@code bench}, {@code repl} (the default), {@code corpus build}, {@code feedback}; {@code slack}
 * and {@code discord} are the launcher's. Exit status: {@value #ANSWERED} answered, {@value
 * #CANNOT_ANSWER} the paper set cannot answer (or eval misses), {@value #USAGE} usage error,
 * {@value #FAILED} internal or I/O error.
 */
@Command(
    name = "paperbot",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Answers questions about a set of research papers.",
    subcommands = {
      Main.Ask.class,
      Main.Papers.class,
      Main.ShowPaper.class,
      Eval.class,
      Main.BenchCommand.class,
      Main.ReplCommand.class,
      CorpusCommand.class,
      Main.FeedbackCommand.class,
      Health.class,
      Main.Slack.class,
      Main.Discord.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:answered (eval: every question passed)",
      "1:the paper set cannot answer (eval: some questions failed)",
      "2:usage error: unknown command or option, missing argument, malformed variable",
      "3:internal or I/O error (index directory, corpus, database)"
    },
    footerHeading = "%n",
    footer = "With no command: the interactive prompt (repl).")
public final class Main implements Callable<Integer> {

  static final int ANSWERED = 0;
  static final int CANNOT_ANSWER = 1;
  static final int USAGE = 2;
  static final int FAILED = 3;

  /** Created on first JSON output: data binding's class loading is not free at start-up. */
  static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** What every command shares: streams, the environment, the bot made on first use. */
  static final class Context implements AutoCloseable {
    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    final Map<String, String> env;
    private PaperBot bot;

    Context(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
      this.in = in;
      this.out = out;
      this.err = err;
      this.env = env;
    }

    PaperBot bot() {
      if (bot == null) {
        bot = PaperBot.fromEnvironment(env, Operations.none());
      }
      return bot;
    }

    @Override
    public void close() {
      if (bot != null) {
        bot.close();
      }
    }
  }

  private final Context context;

  Main(Context context) {
    this.context = context;
  }

  public static void main(String[] args) {
    Logs.install();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err, System.getenv());
    out.flush();
    System.exit(status);
  }

  /** Runs a command with the process's environment; returns the exit status. Never exits. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err, System.getenv());
  }

  /** Runs a command; returns the exit status. Library-safe: never exits. */
  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    try (Context context = new Context(in, out, err, env)) {
      return commandLine(context).execute(args);
    }
  }

  static CommandLine commandLine(Context context) {
    CommandLine cli = new CommandLine(new Main(context), new Factory(context));
    cli.setOut(new PrintWriter(context.out, true));
    cli.setErr(new PrintWriter(context.err, true));
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("paperbot: " + Errors.describe(e));
          line.getErr().flush();
          Errors.logInternal(e);
          return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
    return cli;
  }

  @Override
  public Integer call() throws IOException {
    return new Repl(context, false).run();
  }

  /** Gives every command the shared context. */
  private record Factory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Context.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }

  @Command(
      name = "ask",
      mixinStandardHelpOptions = true,
      description = {
        "Answer one question: a headline, the quoted evidence (matches in \u00abguillemets\u00bb)"
            + " and the papers with links.",
        "With --json and no question: one question per line on standard input, one JSON object"
            + " per line on standard output (exit 0 once every line is answered)."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {
        "0:answered",
        "1:the paper set cannot answer",
        "2:usage error",
        "3:internal or I/O error"
      })
  static final class Ask implements Callable<Integer> {
    private final Context context;

    @Option(
        names = "--json",
        description =
            "One JSON object: question, found, kind, text, papers (id, title, published, url),"
                + " headline, evidence, confidence.")
    boolean json;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (quote it).")
    List<String> words = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    Ask(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      if (words.isEmpty()) {
        if (!json) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "ask needs a QUESTION (or --json to read questions from standard input)");
        }
        return batch();
      }
      String question = String.join(" ", words);
      Answer a = context.bot().answer(question);
      print(context.out, json, question, a);
      return a.found() ? ANSWERED : CANNOT_ANSWER;
    }

    private int batch() throws IOException {
      PaperBot bot = context.bot();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(context.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        context.out.println(Json.MAPPER.writeValueAsString(toJson(line, bot.answer(line))));
      }
      return ANSWERED;
    }
  }

  @Command(
      name = "papers",
      mixinStandardHelpOptions = true,
      description = "List the papers of the set, newest first.")
  static final class Papers implements Callable<Integer> {
    private final Context context;

    @Option(names = "--json", description = "As one JSON object, the same fields as ask --json.")
    boolean json;

    Papers(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      print(context.out, json, null, context.bot().list());
      return ANSWERED;
    }
  }

  @Command(
      name = "paper",
      mixinStandardHelpOptions = true,
      description = "Show one paper's card, by arXiv id or title words (typos tolerated).",
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:found", "1:no paper in the set matches", "2:usage error", "3:error"})
  static final class ShowPaper implements Callable<Integer> {
    private final Context context;

    @Option(names = "--json", description = "As one JSON object, the same fields as ask --json.")
    boolean json;

    @Parameters(paramLabel = "ID_OR_TITLE", arity = "1..*", description = "e.g. 2405.04434, faiss")
    List<String> words;

    ShowPaper(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      String what = String.join(" ", words);
      Answer a = context.bot().show(what);
      print(context.out, json, what, a);
      return a.found() ? ANSWERED : CANNOT_ANSWER;
    }
  }

  @Command(
      name = "bench",
      mixinStandardHelpOptions = true,
      description = {
        "Time answer() against a raw Lucene BM25 search on the same index, and the cold start.",
        "A measurement: it prints figures and judges none of them."
      })
  static final class BenchCommand implements Callable<Integer> {
    private final Context context;

    @Option(
        names = "--questions",
        paramLabel = "FILE",
        description =
            "JSONL with a \"question\" field, or plain text one question a line (default: the 40"
                + " dev questions).")
    Path questions;

    @Option(
        names = "--rounds",
        paramLabel = "N",
        description = "Timed passes over all questions (default: enough for ~20,000 calls).")
    Integer rounds;

    @Option(
        names = "--corpus",
        paramLabel = "FILE",
        description = "A corpus.json to answer over instead of the embedded corpus.")
    Path corpus;

    @Option(
        names = "--synthetic",
        paramLabel = "N",
        description =
            "A generated corpus of N papers: the real ones, then papers recombined from their"
                + " sentences with made-up acronyms.")
    Integer synthetic;

    @Option(
        names = "--index-dir",
        paramLabel = "DIR",
        description = "Keep the index on disk there; a second run reuses it.")
    Path indexDir;

    BenchCommand(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      List<String> args = new ArrayList<>();
      if (questions != null) {
        args.add("--questions");
        args.add(questions.toString());
      }
      if (rounds != null) {
        args.add("--rounds");
        args.add(rounds.toString());
      }
      if (corpus != null) {
        args.add("--corpus");
        args.add(corpus.toString());
      }
      if (synthetic != null) {
        args.add("--synthetic");
        args.add(synthetic.toString());
      }
      if (indexDir != null) {
        args.add("--index-dir");
        args.add(indexDir.toString());
      }
      return Bench.run(args.toArray(String[]::new), context.out);
    }
  }

  @Command(
      name = "repl",
      mixinStandardHelpOptions = true,
      description = {
        "The interactive prompt (the default with no command): line editing, history in"
            + " ~/.paperbot_history, follow-ups refer to the previous answer.",
        "Type 'help' at the prompt for its commands."
      })
  static final class ReplCommand implements Callable<Integer> {
    private final Context context;

    @Option(names = "--json", description = "Print each answer as one JSON object.")
    boolean json;

    ReplCommand(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      return new Repl(context, json).run();
    }
  }

  @Command(
      name = "feedback",
      mixinStandardHelpOptions = true,
      description = {
        "List the answers users voted down, one JSON object per line (question, kind, papers,"
            + " answer, down_votes, platform, last_voted), ready to become eval questions.",
        "Reads the store the bots write: PAPERBOT_DATABASE_URL, else PAPERBOT_DATA_DIR/feedback.db."
      })
  static final class FeedbackCommand implements Callable<Integer> {
    private final Context context;

    @Option(names = "--json", description = "JSON lines (the only format; accepted for symmetry).")
    boolean json = true;

    FeedbackCommand(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      Feedback store = Feedback.fromEnvironment(context.env, Operations.none());
      try {
        for (Feedback.DownVote d : store.downVoted()) {
          ObjectNode o = Json.MAPPER.createObjectNode();
          o.put("question", d.question());
          o.put("kind", d.kind());
          ArrayNode papers = o.putArray("papers");
          d.paperIds().forEach(papers::add);
          o.put("answer", d.answerText());
          o.put("down_votes", d.downVotes());
          o.put("platform", d.platform());
          o.put("last_voted", d.lastVoted().toString());
          context.out.println(Json.MAPPER.writeValueAsString(o));
        }
      } finally {
        if (store instanceof AutoCloseable c) {
          try {
            c.close();
          } catch (Exception e) {
            throw new IOException("cannot close the feedback store", e);
          }
        }
      }
      return ANSWERED;
    }
  }

  @Command(
      name = "slack",
      mixinStandardHelpOptions = true,
      description =
          "Run the Slack bot (slack-adapter/target/paperbot-slack.jar): started by the"
              + " bot-core/paperbot launcher; see the README for its variables.")
  static final class Slack implements Callable<Integer> {
    private final Context context;

    Slack(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.err.println(
          "paperbot: the Slack bot is its own jar: run `bot-core/paperbot slack`"
              + " or `java -jar slack-adapter/target/paperbot-slack.jar`");
      return USAGE;
    }
  }

  @Command(
      name = "discord",
      mixinStandardHelpOptions = true,
      description =
          "Run the Discord bot (discord-adapter/target/paperbot-discord.jar): started by the"
              + " bot-core/paperbot launcher; see the README for its variables.")
  static final class Discord implements Callable<Integer> {
    private final Context context;

    Discord(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.err.println(
          "paperbot: the Discord bot is its own jar: run `bot-core/paperbot discord`"
              + " or `java -jar discord-adapter/target/paperbot-discord.jar`");
      return USAGE;
    }
  }

  /** The version from the jar's manifest, and the Java it runs on. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "paperbot " + (v == null ? "(development build)" : v),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"
      };
    }
  }

  static void print(PrintStream out, boolean json, String question, Answer a) throws IOException {
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(toJson(question, a)));
    } else {
      out.println(Text.render(a));
    }
  }

  /** The batch format score.py reads, plus the headline, evidence and confidence. */
  static ObjectNode toJson(String question, Answer a) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    if (question != null) {
      o.put("question", question);
    }
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

  /** Asks in a conversation; used by the REPL. */
  static Answer ask(PaperBot bot, String text, String conversation) {
    return bot.answer(new Question(text, conversation));
  }
}
