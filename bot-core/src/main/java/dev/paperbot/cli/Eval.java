package dev.paperbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paperbot.Answer;
import dev.paperbot.PaperBot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code eval FILE.jsonl}: the accuracy report, with the rules of the team's {@code score.py} (kept
 * byte-compatible in its output), so a fresh clone can reproduce the README's figures.
 *
 * <ul>
 *   <li>list (or any type but compare with several gold ids): every gold id cited, nothing cited
 *       outside gold and {@code also_ok};
 *   <li>compare: every gold id among the first len(gold)+1 cited papers;
 *   <li>abstain: found is false;
 *   <li>others: the first cited paper is gold[0];
 * </ul>
 *
 * and every {@code answer_contains} string in the answer's text (case-insensitive).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the answers to a question file (JSON lines with id, type, question, gold, and"
          + " optionally also_ok and answer_contains).",
      "Prints a line per miss, a line per type, and last 'N passed, M failed'."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every question passed",
      "1:some questions failed",
      "2:usage error or a malformed question file",
      "3:internal or I/O error"
    })
final class Eval implements Callable<Integer> {

  private final Main.Context context;

  @Parameters(
      paramLabel = "FILE.jsonl",
      description = "e.g. bot-core/src/test/resources/golden/dev-questions.jsonl")
  Path file;

  Eval(Main.Context context) {
    this.context = context;
  }

  /** One question of the file. */
  record Item(
      String id,
      String type,
      String question,
      List<String> gold,
      List<String> alsoOk,
      List<String> answerContains) {}

  /** A verdict: passed, or why not. */
  record Verdict(boolean ok, String why) {}

  @Override
  public Integer call() throws IOException {
    List<Item> items = read(file);
    PaperBot bot = context.bot();
    Map<String, int[]> perType = new TreeMap<>();
    int failed = 0;
    for (Item q : items) {
      // As score.py feeds them: one line each, standing alone.
      Answer a = bot.answer(q.question().replace("\n", " "));
      Verdict v = judge(q, a);
      int[] counts = perType.computeIfAbsent(q.type(), k -> new int[2]);
      counts[v.ok() ? 0 : 1]++;
      if (!v.ok()) {
        failed++;
        context.out.println(
            "MISS " + q.id() + " [" + q.type() + "] " + pyRepr(q.question()) + ": " + v.why());
      }
    }
    for (Map.Entry<String, int[]> e : perType.entrySet()) {
      int p = e.getValue()[0];
      int f = e.getValue()[1];
      context.out.println(String.format(Locale.ROOT, "%-13s %d/%d", e.getKey(), p, p + f));
    }
    context.out.println((items.size() - failed) + " passed, " + failed + " failed");
    return failed == 0 ? Main.ANSWERED : Main.CANNOT_ANSWER;
  }

  static Verdict judge(Item q, Answer a) {
    List<String> cited = a.papers().stream().map(dev.paperbot.Paper::id).toList();
    List<String> gold = q.gold();
    String kind = q.type();
    if (kind.equals("abstain")) {
      return new Verdict(!a.found(), "should have said it does not know");
    }
    if (!a.found()) {
      return new Verdict(false, "said it does not know");
    }
    if (kind.equals("list") || (gold.size() > 1 && !kind.equals("compare"))) {
      Set<String> allowed = new HashSet<>(gold);
      allowed.addAll(q.alsoOk());
      List<String> missing = gold.stream().filter(g -> !cited.contains(g)).toList();
      List<String> extra = cited.stream().filter(c -> !allowed.contains(c)).toList();
      if (!missing.isEmpty() || !extra.isEmpty()) {
        return new Verdict(false, "missing " + pyList(missing) + " extra " + pyList(extra));
      }
    } else if (kind.equals("compare")) {
      List<String> head = cited.subList(0, Math.min(cited.size(), gold.size() + 1));
      if (!head.containsAll(gold)) {
        return new Verdict(false, "cited " + pyList(cited.subList(0, Math.min(4, cited.size()))));
      }
    } else if (cited.isEmpty() || gold.isEmpty() || !cited.get(0).equals(gold.get(0))) {
      return new Verdict(false, "cited " + pyList(cited.subList(0, Math.min(3, cited.size()))));
    }
    String text = a.text().toLowerCase(Locale.ROOT);
    List<String> absent =
        q.answerContains().stream()
            .filter(s -> !text.contains(s.toLowerCase(Locale.ROOT)))
            .toList();
    if (!absent.isEmpty()) {
      return new Verdict(false, "text lacks " + pyList(absent));
    }
    return new Verdict(true, "");
  }

  static List<Item> read(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode o;
      try {
        o = Main.Json.MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": not JSON: " + e.getOriginalMessage());
      }
      if (o == null
          || !o.isObject()
          || !o.path("question").isTextual()
          || !o.path("type").isTextual()) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": needs a JSON object with \"type\" and \"question\"");
      }
      items.add(
          new Item(
              o.path("id").asText("line " + (i + 1)),
              o.get("type").asText(),
              o.get("question").asText(),
              strings(o.get("gold")),
              strings(o.get("also_ok")),
              strings(o.get("answer_contains"))));
    }
    return items;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(e -> out.add(e.asText()));
    }
    return out;
  }

  /** Python's repr of a list of strings, as score.py prints it. */
  static String pyList(List<String> items) {
    return items.stream()
        .map(Eval::pyRepr)
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  /** Python's repr of a str: single quotes unless the text holds one and no double quote. */
  static String pyRepr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c == quote) {
            sb.append('\\').append(c);
          } else if (c < 0x20 || c == 0x7f) {
            sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append(quote).toString();
  }
}
