package dev.paperbot.discord.handle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Feedback;
import dev.paperbot.PageToken;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded fuzzing of everything that turns text into a Discord message: random answers of
 * every kind, built from the pieces that break renderers (mentions, {@code @everyone} with
 * combining marks, masked links, markdown, control and direction characters, lone surrogates,
 * emoji, huge strings), rendered for every origin, paged, shared, and offered as autocomplete
 * choices.
 *
 * <p>Every message must render without an exception, carry no active markup that came from the
 * input, hold no lone surrogate, and respect every Discord limit. A failure prints the seed and the
 * case so it can be replayed. {@code -Dfuzz.count=100000} runs longer; CI runs 3,000.
 */
class RenderFuzzTest {
  private static final long SEED = 0x5EED_D15C0L;
  private static final int COUNT = Integer.getInteger("fuzz.count", 3000);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] PIECES = {
    "@everyone",
    "@here",
    "@everyone\u0301",
    "@here\u0308\u0301",
    "@Everyone",
    "@HERE",
    "<@123456789012345678>",
    "<@!123>",
    "<@&987>",
    "<#555>",
    "</paper ask:1>",
    "<t:1700000000:R>",
    "<:blob:123>",
    "<a:dance:456>",
    "[free nitro](https://evil.example)",
    "[x](<https://evil>)",
    "[a]",
    "(b)",
    "](",
    "**",
    "__",
    "~~",
    "||",
    "`",
    "```java\n",
    "> ",
    ">>> ",
    "# ",
    "## ",
    "-# ",
    "- ",
    "* ",
    "1. ",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u0000",
    "\u0007",
    "\u001B[31m",
    "\u202E",
    "\u2066",
    "\u200B",
    "\uFEFF",
    "\uD800",
    "\uDC00",
    "\uDBFF\uDFFF",
    "😀",
    "👩‍💻",
    "🇫🇷",
    "e\u0301",
    "注意力",
    "Multi-head Latent Attention",
    "MLA",
    "DeepSeek-V3",
    "\\",
    "\\\\",
    "\\*",
    "&amp;",
    "&",
    "https://evil.example/path?q=1",
    "http://a@b/",
    "user:pass@",
    " ",
    "  ",
    "a",
    "Z",
    "9",
    "_",
    "*",
    "~",
    "|",
    "<",
    ">",
    "[",
    "]",
    "(",
    ")",
    "#",
    "-",
    "+",
    ":",
    "@",
    "\u0301"
  };

  private static final Pattern EVERYONE = Pattern.compile("(?i)@(everyone|here)");
  private static final Pattern SHARED_BY = Pattern.compile("|Shared by <@\\d{1,20}>");

  private final EmbedRenderer renderer = new EmbedRenderer();

  @Test
  void noRenderedMessageThrowsCarriesInputMarkupLoneSurrogatesOrBreaksADiscordLimit() {
    Random random = new Random(SEED);
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < COUNT && violations.size() < 20; i++) {
      long caseSeed = random.nextLong();
      try {
        fuzzOne(new Random(caseSeed), violations, caseSeed);
      } catch (RuntimeException e) {
        violations.add("seed " + caseSeed + ": " + e);
      }
    }
    System.out.println("RenderFuzzTest: " + COUNT + " cases from seed " + SEED); // in the report
    assertEquals(List.of(), violations, COUNT + " cases from seed " + SEED);
  }

  private void fuzzOne(Random random, List<String> violations, long seed) {
    Answer answer = answer(random);
    String text = text(random, 300);
    Question question = new Question(text, random.nextBoolean() ? "" : "discord:slash:1:2");
    Replies replies = new Replies(renderer, new Ticket(ticket(random)));
    for (Replies.Origin origin : Replies.Origin.values()) {
      Reply reply = replies.toQuestion(question, answer, "444", origin);
      check("seed " + seed + " " + origin, reply, violations);
      if (origin == Replies.Origin.PRIVATE_INTERACTION) {
        List<ActionRow> rows = reply.components();
        check("seed " + seed + " shared", share(reply, rows), violations);
      }
    }
    if (answer instanceof Answer.PaperList list) {
      int page = random.nextInt(6) - 1;
      check(
          "seed " + seed + " page " + page,
          Reply.of(renderer.page(list, page).embed(), false),
          violations);
      PageToken token = PageToken.question(text, "").at(Math.max(0, page) * 10);
      Controls.pageId(token)
          .ifPresent(
              id -> {
                if (id.length() > 100
                    || !Controls.pageToken(id).equals(java.util.Optional.of(token))) {
                  violations.add("seed " + seed + " page id " + id);
                }
              });
    }
    List<String> suggestions = new ArrayList<>();
    for (int n = random.nextInt(40); n > 0; n--) {
      suggestions.add(text(random, 150));
    }
    checkChoices(
        "seed " + seed + " questions", Suggestions.questionChoices(suggestions), violations);
    List<Paper> papers = new ArrayList<>();
    for (int n = random.nextInt(30); n > 0; n--) {
      papers.add(paper(random));
    }
    checkChoices("seed " + seed + " papers", ShowCommand.choices(papers), violations);
  }

  private Reply share(Reply privately, List<ActionRow> rows) {
    return new ShareButton(renderer).shared(privately.embeds(), rows, 444444444444444444L);
  }

  // ---- what every message must satisfy ----

  private static void check(String where, Reply reply, List<String> violations) {
    JsonNode message;
    try {
      message = JSON.readTree(reply.toCreateData().toData().toString());
    } catch (Exception e) {
      violations.add(where + ": not JSON: " + e);
      return;
    }
    List<String> found = new ArrayList<>();
    String content = message.path("content").asText("");
    limit(found, "content", content, 2000);
    if (!SHARED_BY.matcher(content).matches()) {
      found.add("content from input: " + content);
    }
    JsonNode allowed = message.path("allowed_mentions");
    if (allowed.path("parse").size() != 0
        || allowed.path("users").size() != 0
        || allowed.path("roles").size() != 0) {
      found.add("mentions allowed: " + allowed);
    }
    JsonNode embeds = message.path("embeds");
    if (embeds.size() < 1 || embeds.size() > 10) {
      found.add("embeds: " + embeds.size());
    }
    int total = 0;
    for (JsonNode embed : embeds) {
      int size = 0;
      size += markup(found, "title", embed.path("title").asText(""), 256);
      size += markup(found, "description", embed.path("description").asText(""), 4096);
      size += markup(found, "footer", embed.path("footer").path("text").asText(""), 2048);
      JsonNode fields = embed.path("fields");
      if (fields.size() > 25) {
        found.add("fields: " + fields.size());
      }
      for (JsonNode field : fields) {
        size += markup(found, "field name", field.path("name").asText(""), 256);
        size += markup(found, "field value", field.path("value").asText(""), 1024);
      }
      if (size > 6000) {
        found.add("embed total " + size);
      }
      total += size;
      String url = embed.path("url").asText("");
      if (!url.isEmpty() && !url.startsWith("https://arxiv.org/abs/")) {
        found.add("embed url " + url);
      }
    }
    if (total > 6000) {
      found.add("message embeds total " + total);
    }
    JsonNode rows = message.path("components");
    if (rows.size() > 5) {
      found.add("rows: " + rows.size());
    }
    for (JsonNode row : rows) {
      if (row.path("components").size() > 5) {
        found.add("buttons in a row: " + row.path("components").size());
      }
      for (JsonNode button : row.path("components")) {
        limit(found, "custom_id", button.path("custom_id").asText(""), 100);
        limit(found, "label", button.path("label").asText(""), 80);
        if (button.path("custom_id").asText("").isEmpty()) {
          found.add("button without id " + button);
        }
      }
    }
    if (!found.isEmpty()) {
      violations.add(where + ": " + found);
    }
  }

  /** Checks one embed string and returns its length. */
  private static int markup(List<String> found, String what, String text, int max) {
    limit(found, what, text, max);
    if (EVERYONE.matcher(text).find()) {
      found.add(what + " pings: " + text);
    }
    int backslashes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escaped = backslashes % 2 == 1;
      if (c == '<' && !escaped) {
        found.add(what + " has raw '<' (mention, channel, emoji or timestamp syntax): " + text);
        break;
      }
      if (c == ']'
          && !escaped
          && text.startsWith("(", i + 1)
          && !text.startsWith("(https://arxiv.org/abs/", i + 1)) {
        found.add(what + " has a masked link not ours: " + text);
        break;
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    return text.length();
  }

  private static void limit(List<String> found, String what, String text, int max) {
    if (text.length() > max) {
      found.add(what + " length " + text.length() + " > " + max);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        found.add(what + " has a lone surrogate at " + i);
        return;
      }
    }
  }

  private static void checkChoices(String where, List<Command.Choice> choices, List<String> out) {
    if (choices.size() > 25) {
      out.add(where + ": " + choices.size() + " choices");
    }
    for (Command.Choice choice : choices) {
      List<String> found = new ArrayList<>();
      for (String s : List.of(choice.getName(), choice.getAsString())) {
        if (s.isEmpty()) {
          found.add("empty");
        }
        limit(found, "choice", s, 100);
        if (s.chars().anyMatch(Character::isISOControl)) {
          found.add("control character in " + s);
        }
      }
      if (!found.isEmpty()) {
        out.add(where + ": " + found);
      }
    }
  }

  // ---- random inputs ----

  private static String text(Random random, int typicalLength) {
    int length =
        switch (random.nextInt(100)) {
          case 0, 1, 2, 3, 4, 5, 6, 7 -> 0;
          case 8 -> 4500 + random.nextInt(3000); // past every embed limit
          default -> random.nextInt(typicalLength);
        };
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append(
          random.nextInt(4) == 0
              ? Character.toString(random.nextInt(0x20, 0x3000))
              : PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static String ticket(Random random) {
    if (random.nextInt(5) == 0) {
      return "";
    }
    String alphabet = "ABCXYZabcxyz0189_-";
    StringBuilder sb = new StringBuilder();
    for (int n = 1 + random.nextInt(32); n > 0; n--) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static Paper paper(Random random) {
    String id = random.nextBoolean() ? "2405." + random.nextInt(100000) : text(random, 40);
    List<String> authors = new ArrayList<>();
    for (int n = random.nextInt(5); n > 0; n--) {
      authors.add(text(random, 40));
    }
    return new Paper(
        id,
        text(random, 150),
        authors,
        List.of(),
        LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)),
        random.nextBoolean() ? "cs.CL" : text(random, 20),
        text(random, 600),
        "https://arxiv.org/abs/" + id,
        "",
        null);
  }

  private static List<Paper> papers(Random random, int max) {
    List<Paper> papers = new ArrayList<>();
    for (int n = random.nextInt(max + 1); n > 0; n--) {
      papers.add(paper(random));
    }
    return papers;
  }

  private static List<Evidence> evidence(Random random) {
    List<Evidence> evidence = new ArrayList<>();
    for (int n = random.nextInt(6); n > 0; n--) {
      String sentence = text(random, 400);
      List<Evidence.Highlight> highlights = new ArrayList<>();
      int at = 0;
      while (sentence.length() - at > 2 && random.nextInt(3) > 0) {
        int start = at + random.nextInt(sentence.length() - at - 1);
        int end = start + 1 + random.nextInt(Math.min(40, sentence.length() - start));
        highlights.add(new Evidence.Highlight(start, end));
        at = end;
      }
      evidence.add(new Evidence(text(random, 20), sentence, highlights));
    }
    return evidence;
  }

  private static Answer answer(Random random) {
    return switch (random.nextInt(6)) {
      case 0 ->
          new Answer.Found(
              Answer.Kind.values()[random.nextInt(7)],
              text(random, 300),
              evidence(random),
              papers(random, 30),
              random.nextDouble() * 1.2 - 0.1);
      case 1 ->
          new Answer.PaperList(
              text(random, 300), papers(random, 32), evidence(random), random.nextDouble());
      case 2 ->
          new Answer.PaperCard(
              paper(random), text(random, 300), evidence(random), random.nextDouble());
      case 3 -> {
        List<Answer.Comparison.Difference> differences = new ArrayList<>();
        for (int n = random.nextInt(12); n > 0; n--) {
          differences.add(
              new Answer.Comparison.Difference(
                  text(random, 40), text(random, 40), text(random, 40)));
        }
        yield new Answer.Comparison(
            text(random, 300),
            paper(random),
            paper(random),
            differences,
            evidence(random),
            random.nextDouble());
      }
      case 4 -> new Answer.NotFound(text(random, 300), text(random, 300), papers(random, 30));
      default -> {
        List<String> examples = new ArrayList<>();
        for (int n = random.nextInt(15); n > 0; n--) {
          examples.add(text(random, 100));
        }
        yield new Answer.Help(text(random, 200), examples);
      }
    };
  }

  /** A store that hands out one given ticket. */
  private record Ticket(String ticket) implements Feedback {
    @Override
    public String ticket(String platform, String userId, Question question, Answer answer) {
      return ticket;
    }

    @Override
    public VoteResult vote(String ticket, String platform, String userId, Vote vote) {
      return VoteResult.RECORDED;
    }

    @Override
    public List<String> recentQuestions(String platform, String userId, int limit) {
      return List.of();
    }

    @Override
    public List<DownVote> downVoted() {
      return List.of();
    }
  }
}
