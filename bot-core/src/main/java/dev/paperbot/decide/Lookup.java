package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import dev.paperbot.understand.ChatText;
import dev.paperbot.understand.Interpretation;
import dev.paperbot.understand.Interpreter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finding one paper by id or title words: the card, `show`, and autocomplete. */
final class Lookup {

  private static final Pattern ARXIV_ID = Pattern.compile("\\b(\\d{4}\\.\\d{4,5})(v\\d+)?\\b");

  private final PaperIndex index;
  private final Interpreter interpreter;

  Lookup(PaperIndex index, Interpreter interpreter) {
    this.index = index;
    this.interpreter = interpreter;
  }

  Answer card(Paper p, double confidence) {
    return card(p, confidence, List.of());
  }

  /**
   * The card, its lead sentences quoted, and when the question asks something of the paper ("what
   * does it conclude about claude?") the sentence that holds most of it too.
   */
  Answer card(Paper p, double confidence, List<String> asked) {
    List<Evidence> evidence = new ArrayList<>();
    List<Passage> passages = index.passages(p.id());
    for (int i = 0; i < Math.min(2, passages.size()); i++) {
      evidence.add(Evidence.of(p.id(), passages.get(i).text()));
    }
    Passage best = null;
    double bestCoverage = 0;
    for (Passage s : passages) {
      double c = dev.paperbot.retrieve.Retriever.coverage(index, s.terms(), asked);
      if (c > bestCoverage + Facts.SAME) {
        best = s;
        bestCoverage = c;
      }
    }
    if (best != null) {
      Evidence quoted = Answerer.evidence(best, asked);
      if (best.ord() < 2) {
        evidence.set(best.ord(), quoted);
      } else {
        evidence.add(quoted);
      }
    }
    String code = p.codeUrl() == null ? "" : " Code: " + p.codeUrl();
    return new Answer.PaperCard(
        p,
        Answerer.title(p)
            + " by "
            + p.authorLine()
            + ", "
            + Answerer.DAY.format(p.published())
            + "."
            + code,
        evidence,
        confidence);
  }

  Answer show(String query) {
    Optional<Paper> p = find(query);
    if (p.isEmpty()) {
      return new Answer.NotFound(
          "No paper in the set matches that.",
          "Try an arXiv id such as 2405.04434, or words of the title.",
          List.of());
    }
    return card(p.get(), 0.95);
  }

  Optional<Paper> find(String query) {
    String cleaned = ChatText.clean(query);
    java.util.regex.Matcher m = ARXIV_ID.matcher(cleaned);
    if (m.find()) {
      return index.corpus().byId(m.group(1));
    }
    if (cleaned.isBlank()) {
      return Optional.empty();
    }
    Optional<Paper> exact = index.byExactTitle(cleaned);
    if (exact.isPresent()) {
      return exact;
    }
    Interpretation q = interpreter.interpret(cleaned);
    if (!q.refs().isEmpty()) {
      return Optional.of(q.refs().get(0).paper());
    }
    List<Paper> ranked = suggest(cleaned, 1);
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
  }

  /** Autocomplete: id prefix, then title words (prefixes and typos welcome), newest on ties. */
  List<Paper> suggest(String partial, int limit) {
    String q = ChatText.clean(partial).toLowerCase(Locale.ROOT);
    List<Paper> papers = index.corpus().papers();
    if (q.isBlank()) {
      return papers.subList(0, Math.min(limit, papers.size()));
    }
    List<String> words = Terms.tokens(q).stream().map(Terms.Token::surface).toList();
    Map<Paper, Double> score = new HashMap<>();
    for (Paper p : papers) {
      double s = 0;
      if (p.id().startsWith(q.strip())) {
        s += 10;
      }
      List<String> titleWords = index.titleWords(p);
      for (String w : words) {
        double best = 0;
        for (String tw : titleWords) {
          if (tw.equals(w)) {
            best = Math.max(best, 2);
          } else if (tw.startsWith(w)) {
            best = Math.max(best, 1.5);
          } else if (w.length() >= 4
              && dev.paperbot.understand.SpellCorrector.distance(w, tw, 1) <= 1) {
            best = Math.max(best, 1);
          }
        }
        s += best * (1 + index.idf(Terms.termOf(w) == null ? w : Terms.termOf(w)) / 4);
      }
      if (s > 0) {
        score.put(p, s);
      }
    }
    return score.entrySet().stream()
        .sorted(
            Map.Entry.<Paper, Double>comparingByValue()
                .reversed()
                .thenComparing(e -> e.getKey(), Answerer.newestFirst()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Where a paper's official code is, from the checked facts; when they list none, say so rather
   * than guess a repository.
   */
  private static final java.util.regex.Pattern CATEGORY =
      java.util.regex.Pattern.compile(
          "\\b(categor(y|ies|ised|ized)|tagged|tag|listed under|filed under|arxiv (section|area|subject|field)|subject area)\\b|分类|类别");

  /**
   * arXiv's category, which the corpus records for some papers: the papers under one ("which papers
   * are tagged cs.DC"), or the category of a named paper ("what category is NSA in").
   */
  java.util.Optional<Answer> category(
      Interpretation q, java.util.Map<String, java.util.regex.Pattern> categories) {
    java.util.Optional<Answer> under = Lists.byCategory(index, q.normalized(), categories);
    if (under.isPresent()) {
      return under;
    }
    if (q.refs().size() != 1 || !CATEGORY.matcher(q.normalized()).find()) {
      return java.util.Optional.empty();
    }
    Paper p = q.refs().get(0).paper();
    if (p.category().isEmpty()) {
      return java.util.Optional.of(
          new Answer.NotFound(
              "The set does not record the arXiv category of " + Answerer.title(p) + ".",
              "Its listing: " + p.arxivUrl(),
              List.of(p)));
    }
    return java.util.Optional.of(
        new Answer.Found(
            Answer.Kind.FACT,
            Answerer.title(p) + " is listed under arXiv's " + p.category() + ".",
            List.of(),
            List.of(p),
            0.95));
  }

  static Answer code(Paper p) {
    String headline =
        p.codeUrl() == null || p.codeUrl().isBlank()
            ? "No official code repository is listed for " + Answerer.title(p) + "."
            : "The code of " + Answerer.title(p) + " is at " + p.codeUrl();
    return new Answer.Found(Answer.Kind.FACT, headline, List.of(), List.of(p), 0.95);
  }
}
