package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Answer.Kind;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Authors;
import dev.paperbot.understand.DateRange;
import dev.paperbot.understand.Interpretation;
import dev.paperbot.understand.PaperNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Questions whose answer is a set of papers: by topic, author, date, or all of them. */
final class Lists {
  private Lists() {}

  /** Terms in at least this share of papers say little about a topic ("model", "language"). */
  private static final double GENERIC_SHARE = 0.5;

  /** Topic words in at most this many papers are anchors: they must meet in one sentence. */
  private static final int RARE = 3;

  /**
   * The term of a rare word of the sentence whose concepts include {@code t}, when {@code t} itself
   * is in one paper at most; else null. Common words are not used: WordNet gives "general" a
   * medical sense (anaesthesia) that no abstract means.
   */
  private static String generalising(PaperIndex index, Passage s, String t) {
    // A word the corpus never uses ("speech") is not generalised: nothing anchors its sense.
    if (index.paperFrequency(t) != 1) {
      return null;
    }
    // The specialisations are few; the sentence's terms a set: look them up, in sentence order.
    Set<String> special = index.specialisationsOf(t);
    if (special.isEmpty()) {
      return null;
    }
    for (Terms.Token tok : s.tokens()) {
      // A word several papers use is there in its everyday sense: "empirical" (mHC and the
      // surgery study) is not "medical", though WordNet lists a sense that is.
      if (tok.term() != null
          && special.contains(tok.term())
          && index.paperFrequency(tok.term()) == 1
          && index.concepts().of(tok.surface()).size() <= Tuning.SPECIFIC_CONCEPTS
          && index.concepts().of(tok.surface()).contains(t)) {
        return tok.term();
      }
    }
    return null;
  }

  static Answer all(List<Paper> papers) {
    return new Answer.PaperList(
        "The set holds " + papers.size() + " papers, newest first.", papers, List.of(), 1.0);
  }

  static Answer byAuthor(List<Authors.Match> authors) {
    Set<Paper> papers = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (Authors.Match m : authors) {
      papers.addAll(m.papers());
      names.add(m.name());
    }
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(Answerer.newestFirst());
    String who = String.join(" or ", names);
    return new Answer.PaperList(
        sorted.size() == 1
            ? "One paper lists " + who + " as an author."
            : sorted.size() + " papers list " + who + " as an author.",
        sorted,
        List.of(),
        0.95);
  }

  /**
   * The papers arXiv lists under a category the question names ("tagged cs.DC"), newest first;
   * empty when it names none the corpus records.
   */
  static java.util.Optional<Answer> byCategory(
      PaperIndex index, String normalized, Map<String, java.util.regex.Pattern> categories) {
    // Every arXiv category has a dot ("cs.DC"): most questions have none to look at.
    if (normalized.indexOf('.') < 0) {
      return java.util.Optional.empty();
    }
    for (Map.Entry<String, java.util.regex.Pattern> e : categories.entrySet()) {
      String category = e.getKey();
      if (e.getValue().matcher(normalized).find()) {
        List<Paper> papers =
            index.corpus().papers().stream()
                .filter(p -> p.category().equalsIgnoreCase(category))
                .sorted(Answerer.newestFirst())
                .toList();
        long known = index.corpus().papers().stream().filter(p -> !p.category().isEmpty()).count();
        return java.util.Optional.of(
            new Answer.PaperList(
                papers.size()
                    + (papers.size() == 1 ? " paper is" : " papers are")
                    + " listed under arXiv's "
                    + category
                    + " (of the "
                    + known
                    + " papers whose category the set records).",
                papers,
                List.of(),
                0.9));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The arXiv categories the corpus records, each with the pattern that finds it typed in a
   * lower-cased question ("cs.dc", not inside "abcs.dcx"); read once per corpus.
   */
  static Map<String, java.util.regex.Pattern> categoryPatterns(PaperIndex index) {
    Map<String, java.util.regex.Pattern> out = new LinkedHashMap<>();
    for (String c : categories(index)) {
      out.put(
          c,
          java.util.regex.Pattern.compile(
              "(?<![\\w.])"
                  + java.util.regex.Pattern.quote(c.toLowerCase(java.util.Locale.ROOT))
                  + "(?![\\w.])"));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The arXiv categories the corpus records, each once. */
  static List<String> categories(PaperIndex index) {
    return index.corpus().papers().stream()
        .map(Paper::category)
        .filter(c -> !c.isEmpty())
        .distinct()
        .toList();
  }

  private static final java.util.regex.Pattern EITHER =
      java.util.regex.Pattern.compile(" (or|and/or) |/|或者?|还是");

  /**
   * A list of either of two topics ("papers about fp8 or low-bit quantization"): the papers of
   * each, together. Each side must hold words of the thing of its own; one " or " only.
   */
  static java.util.Optional<Answer> eitherTopic(
      Interpretation q, java.util.function.Function<Interpretation, Answer> topicList) {
    java.util.regex.Matcher m = EITHER.matcher(q.normalized());
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    int at = m.start();
    int end = m.end();
    if (m.find()) {
      return java.util.Optional.empty();
    }
    Set<String> leftTerms =
        Set.copyOf(dev.paperbot.retrieve.Terms.terms(q.normalized().substring(0, at)));
    Set<String> rightTerms =
        Set.copyOf(dev.paperbot.retrieve.Terms.terms(q.normalized().substring(end)));
    List<String> left =
        q.thing().stream().filter(t -> leftTerms.contains(t) && !rightTerms.contains(t)).toList();
    List<String> right =
        q.thing().stream().filter(t -> rightTerms.contains(t) && !leftTerms.contains(t)).toList();
    if (left.isEmpty() || right.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<Paper> papers = new ArrayList<>();
    List<dev.paperbot.Evidence> evidence = new ArrayList<>();
    double confidence = 0;
    for (List<String> side : List.of(left, right)) {
      if (topicList.apply(q.focusedOn(side)) instanceof Answer.PaperList list) {
        for (Paper p : list.papers()) {
          if (!papers.contains(p)) {
            papers.add(p);
          }
        }
        list.evidence().stream()
            .filter(e -> evidence.stream().noneMatch(x -> x.paperId().equals(e.paperId())))
            .forEach(evidence::add);
        confidence = Math.max(confidence, list.confidence());
      }
    }
    if (papers.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Answer.PaperList(
            papers.size() == 1 ? "1 paper fits:" : papers.size() + " papers fit:",
            papers,
            evidence,
            confidence));
  }

  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("(?<![\\w])['\"“‘]([^'\"“”‘’]{2,40}?)['\"”’](?![\\w])");

  /**
   * A topic list with a quoted phrase ("which papers use a 'cold start' step before RL?") keeps the
   * papers one sentence of which holds the phrase's words: the quotes say those words, not the rest
   * of the topic, are what must be there.
   */
  static Answer quotedNarrowed(Interpretation q, Answer answer, PaperIndex index) {
    if (!(answer instanceof Answer.PaperList list)) {
      return answer;
    }
    java.util.regex.Matcher m = QUOTED.matcher(q.cleaned());
    if (!m.find()) {
      return answer;
    }
    List<String> phrase = dev.paperbot.retrieve.Terms.terms(m.group(1));
    if (phrase.isEmpty() || phrase.stream().anyMatch(t -> index.paperFrequency(t) == 0)) {
      return answer;
    }
    List<Paper> kept =
        list.papers().stream()
            .filter(
                p -> index.passages(p.id()).stream().anyMatch(s -> s.terms().containsAll(phrase)))
            .toList();
    if (kept.isEmpty() || kept.size() == list.papers().size()) {
      return answer;
    }
    Set<String> ids = kept.stream().map(Paper::id).collect(java.util.stream.Collectors.toSet());
    return new Answer.PaperList(
        kept.size() == 1 ? "1 paper fits:" : kept.size() + " papers fit:",
        kept,
        list.evidence().stream().filter(e -> ids.contains(e.paperId())).toList(),
        list.confidence());
  }

  static Answer byDate(PaperIndex index, DateRange range) {
    List<Paper> papers = new ArrayList<>(index.publishedBetween(range.from(), range.to()));
    papers.sort(Answerer.newestFirst());
    if (papers.isEmpty()) {
      return new Answer.NotFound(
          "No paper in the set was published " + phrase(range) + ".", "", List.of());
    }
    return new Answer.PaperList(
        papers.size()
            + (papers.size() == 1 ? " paper was" : " papers were")
            + " published "
            + phrase(range)
            + ".",
        papers,
        List.of(),
        0.95);
  }

  private static String phrase(DateRange range) {
    String label = range.label();
    return label.startsWith("before")
            || label.startsWith("after")
            || label.startsWith("since")
            || label.startsWith("between")
        ? label
        : "in " + label;
  }

  static Answer extreme(List<Paper> papers, boolean newest, Interpretation q) {
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(Answerer.newestFirst());
    if (!newest) {
      java.util.Collections.reverse(sorted);
    }
    Paper p = sorted.get(0);
    return new Answer.Found(
        Kind.DATE,
        "The "
            + (newest ? "newest" : "oldest")
            + " paper "
            + q.dates().map(d -> phrase(d)).orElse("in the set")
            + " is "
            + Answerer.title(p)
            + ", first submitted on "
            + Answerer.DAY.format(p.published())
            + ".",
        List.of(),
        List.of(p),
        0.95);
  }

  /** Of the papers a question names, the newest or the oldest, cited first, with both dates. */
  static Answer extremeOf(List<Paper> named, boolean newest) {
    List<Paper> sorted = new ArrayList<>(named);
    sorted.sort(Answerer.newestFirst());
    if (!newest) {
      java.util.Collections.reverse(sorted);
    }
    Paper p = sorted.get(0);
    StringBuilder others = new StringBuilder();
    for (Paper o : sorted.subList(1, sorted.size())) {
      others
          .append(others.isEmpty() ? "" : "; ")
          .append(Compare.shortName(o))
          .append(": ")
          .append(Answerer.DAY.format(o.published()));
    }
    return new Answer.Found(
        Kind.DATE,
        Answerer.title(p)
            + " is the "
            + (newest ? "newer" : "older")
            + ", first submitted on "
            + Answerer.DAY.format(p.published())
            + " ("
            + others
            + ").",
        List.of(),
        sorted,
        0.9);
  }

  /** The paper submitted right after (or before) the given one, by first submission date. */
  static Answer neighbour(List<Paper> all, Paper of, boolean after) {
    List<Paper> sorted = new ArrayList<>(all);
    sorted.sort(Answerer.newestFirst());
    java.util.Collections.reverse(sorted);
    int at = sorted.indexOf(of);
    int next = after ? at + 1 : at - 1;
    if (at < 0 || next < 0 || next >= sorted.size()) {
      return new Answer.NotFound(
          "No paper in the set was submitted "
              + (after ? "after " : "before ")
              + Answerer.title(of)
              + " ("
              + Answerer.DAY.format(of.published())
              + ").",
          "",
          List.of());
    }
    Paper p = sorted.get(next);
    return new Answer.Found(
        Kind.DATE,
        (after ? "Right after " : "Right before ")
            + Answerer.title(of)
            + " ("
            + Answerer.DAY.format(of.published())
            + ") came "
            + Answerer.title(p)
            + ", first submitted on "
            + Answerer.DAY.format(p.published())
            + ".",
        List.of(),
        List.of(p, of),
        0.9);
  }

  /**
   * The papers with a code repository; of one owner ("deepseek-ai") when the question names one of
   * the owners the corpus links to.
   */
  static Answer withCode(List<Paper> all, String question) {
    List<Paper> withCode = all.stream().filter(p -> Groups.owner(p) != null).toList();
    String asked =
        withCode.stream()
            .map(Groups::owner)
            .distinct()
            .filter(o -> question.contains(o.toLowerCase(Locale.ROOT)))
            .max(Comparator.comparingInt(String::length))
            .orElse(null);
    List<Paper> papers = new ArrayList<>();
    for (Paper p : withCode) {
      if (asked == null || asked.equals(Groups.owner(p))) {
        papers.add(p);
      }
    }
    papers.sort(Answerer.newestFirst());
    if (papers.isEmpty()) {
      return new Answer.NotFound("No paper in the set links a code repository.", "", List.of());
    }
    String where = asked == null ? "a code repository" : "code under " + asked;
    return new Answer.PaperList(
        papers.size() + (papers.size() == 1 ? " paper links " : " papers link ") + where + ".",
        papers,
        List.of(),
        0.9);
  }

  /**
   * The papers whose abstracts name a paper ("which papers build on DeepSeek-V2"): the name as a
   * whole word, so "DeepSeek-V3.2" does not name DeepSeek-V3. With {@code outside}, only papers of
   * another {@link Groups group}.
   */
  static Answer naming(
      PaperIndex index,
      Groups groups,
      PaperNames.Ref named,
      List<String> workNames,
      boolean outside,
      boolean withoutItself) {
    Paper of = named.paper();
    Map<Paper, Passage> naming = new LinkedHashMap<>();
    if (!withoutItself) {
      naming.put(of, index.passages(of.id()).get(0));
    }
    // The question may name the paper by its title ("the v3 tech report"); other abstracts name
    // the work by any of its names ("DeepSeek-V3").
    Set<String> names = new java.util.LinkedHashSet<>(workNames);
    names.add(named.name());
    for (String n : names) {
      java.util.regex.Pattern name = PaperNames.asWord(n);
      index
          .rarest(Terms.terms(n))
          .ifPresent(
              rarest -> {
                for (Passage s : index.passagesWithAny(List.of(rarest))) {
                  if (!(withoutItself && s.paper().equals(of)) && name.matcher(s.text()).find()) {
                    naming.putIfAbsent(s.paper(), s);
                  }
                }
              });
    }
    if (outside) {
      naming.keySet().removeIf(p -> groups.same(p, of));
    }
    // Said by its shortest name ("DeepSeek-V3"), its words marked in each quote.
    String who =
        names.stream().min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    List<String> marks = names.stream().flatMap(n -> Terms.terms(n).stream()).distinct().toList();
    if (naming.isEmpty()) {
      return new Answer.NotFound(
          "No "
              + (outside ? "paper by another group" : "other paper")
              + " in the set names "
              + who
              + ".",
          "",
          List.of());
    }
    List<Paper> papers = new ArrayList<>(naming.keySet());
    papers.sort(Answerer.newestFirst());
    List<Evidence> evidence =
        papers.stream()
            .limit(Tuning.LIST_EVIDENCE)
            .map(p -> Answerer.evidence(naming.get(p), marks))
            .toList();
    return new Answer.PaperList(
        papers.size()
            + (papers.size() == 1 ? " paper" : " papers")
            + (outside ? " by other groups" : "")
            + (papers.size() == 1 ? " names " : " name ")
            + who
            + ".",
        papers,
        evidence,
        0.7);
  }

  /**
   * All and only the papers about a topic. Rare topic words ("medical", "theorem") must meet in one
   * sentence or the title; commoner ones ("evaluate", "task") anywhere in the paper; words most
   * papers use ("model") are not required. A word one paper at most uses may also be met by a rare
   * corpus word it generalises ("surgery" is medical), so a topic asked in plain words finds papers
   * written in specialist ones.
   */
  static Answer byTopic(PaperIndex index, Interpretation q, List<List<String>> variants) {
    return byTopic(index, q, variants, null, p -> true);
  }

  /**
   * {@link #byTopic}, among the papers of {@code span} (every paper when it is null) that {@code
   * keep} holds: "which papers propose a new attention mechanism" keeps those that present it as
   * their own.
   */
  static Answer byTopic(
      PaperIndex index,
      Interpretation q,
      List<List<String>> variants,
      DateRange span,
      java.util.function.Predicate<Paper> also) {
    java.util.function.Predicate<Paper> inSpan =
        span == null
            ? p -> true
            : p -> !p.published().isBefore(span.from()) && !p.published().isAfter(span.to());
    java.util.function.Predicate<Paper> keep = inSpan.and(also);
    Map<Paper, Fit> hits = new LinkedHashMap<>();
    boolean more = false;
    // "MLA" and "Multi-head Latent Attention" are one topic: a paper may use either form; and
    // "OCR / document understanding" or "reasoning or proving" asks for either.
    for (List<String> v : variants) {
      for (List<String> alternative :
          Alternatives.of(
              q.normalized(),
              v,
              t -> index.paperFrequency(t) * 4 <= index.corpus().papers().size())) {
        more |= topicHits(index, alternative, hits, keep);
        // "gpt" of an example is also the "GPT4" of "GPT4-Turbo"; a word no abstract uses may
        // be said otherwise ("medicine" related papers are "medical").
        for (String t : alternative) {
          List<String> others = new ArrayList<>(index.versionsOf(t));
          if (index.paperFrequency(t) == 0) {
            others.addAll(index.saidOtherwise(t));
          }
          for (String version : others) {
            more |=
                topicHits(
                    index,
                    alternative.stream().map(a -> a.equals(t) ? version : a).toList(),
                    hits,
                    keep);
          }
        }
      }
    }
    return topicAnswer(q, hits, more, span);
  }

  /** The sentence that fits a paper to a topic, and the words to mark in it. */
  private record Fit(Passage sentence, List<String> marks) {
    Evidence evidence() {
      return Answerer.evidence(sentence, marks);
    }
  }

  /**
   * Adds the papers that fit the topic to {@code hits}, newest first, up to {@link Tuning#LIST_MAX}
   * in all; true when a further paper fits too.
   */
  private static boolean topicHits(
      PaperIndex index,
      List<String> thing,
      Map<Paper, Fit> hits,
      java.util.function.Predicate<Paper> keep) {
    int n = index.corpus().papers().size();
    List<String> anchors = new ArrayList<>();
    List<String> context = new ArrayList<>();
    for (String t : thing) {
      int pf = index.paperFrequency(t);
      if (pf >= GENERIC_SHARE * n) {
        continue;
      }
      (pf <= RARE ? anchors : context).add(t);
    }
    if (anchors.isEmpty()) {
      anchors = context.isEmpty() ? thing : context;
      context = List.of();
    }
    // Only papers holding an anchor, or a rare word that generalises to it, can fit.
    Set<String> reach = new HashSet<>(anchors);
    for (String t : anchors) {
      if (index.paperFrequency(t) == 1) {
        reach.addAll(index.specialisationsOf(t));
      }
    }
    // Only the sentences holding an anchor (or a word it generalises) can fit: each candidate
    // paper is read through them, not through its whole abstract, newest paper first, until the
    // list is full.
    // Anchors no rarer word can stand for must each be in the sentence or its title: Lucene's
    // conjunction finds those sentences, where a disjunction would hand over every sentence
    // holding any one of them.
    boolean generalisable = anchors.stream().anyMatch(t -> index.paperFrequency(t) == 1);
    long[] keys =
        index.byAge(generalisable ? index.docsWithAny(reach) : index.docsWithAll(anchors));
    int end = keys.length;
    while (end > 0) {
      int start = end - 1;
      while (start > 0 && PaperIndex.rankOf(keys[start - 1]) == PaperIndex.rankOf(keys[end - 1])) {
        start--;
      }
      List<Passage> sentences = new ArrayList<>();
      for (int i = start; i < end; i++) {
        sentences.add(index.passageAt(PaperIndex.docOf(keys[i])));
      }
      end = start;
      Paper p = sentences.get(0).paper();
      if (hits.containsKey(p) || !keep.test(p)) {
        continue;
      }
      if (hits.size() >= Tuning.LIST_MAX) {
        if (fit(index, p, sentences, thing, anchors, context) != null) {
          return true;
        }
        continue;
      }
      Fit fit = fit(index, p, sentences, thing, anchors, context);
      if (fit != null) {
        hits.put(p, fit);
      }
    }
    return false;
  }

  /** How the paper fits the topic through its candidate sentences, or null when it does not. */
  private static Fit fit(
      PaperIndex index,
      Paper p,
      List<Passage> sentences,
      List<String> thing,
      List<String> anchors,
      List<String> context) {
    Set<String> title = null;
    Passage hit = null;
    List<String> hitMarks = thing;
    for (Passage s : sentences) {
      List<String> marks = new ArrayList<>(thing);
      boolean all = true;
      boolean any = false;
      for (String t : anchors) {
        boolean lexical = s.terms().contains(t);
        if (!lexical && title == null) {
          // Most candidates hold their anchors in the sentence: the title is looked up late.
          title = index.titleTerms(p);
        }
        String via = lexical || title.contains(t) ? null : generalising(index, s, t);
        all &= lexical || via != null || title.contains(t);
        any |= lexical || via != null;
        if (via != null) {
          marks.add(via);
        }
      }
      if (all && any) {
        hit = s;
        hitMarks = marks;
        break;
      }
    }
    if (hit == null && index.titleTerms(p).containsAll(anchors)) {
      hit = index.passages(p.id()).get(0);
    }
    // The commoner topic words may stand anywhere in the paper; checked only for a paper that
    // fits the rare ones, which is the cheaper test.
    return hit != null && holdsAll(index, p, context) ? new Fit(hit, hitMarks) : null;
  }

  /** True when the paper's title or some sentence of it holds each of the terms. */
  private static boolean holdsAll(PaperIndex index, Paper p, List<String> terms) {
    Set<String> title = index.titleTerms(p);
    for (String t : terms) {
      boolean held = title.contains(t);
      for (Passage s : index.passages(p.id())) {
        if (held) {
          break;
        }
        held = s.terms().contains(t);
      }
      if (!held) {
        return false;
      }
    }
    return true;
  }

  private static Answer topicAnswer(
      Interpretation q, Map<Paper, Fit> hits, boolean more, DateRange span) {
    String topic = Origins.label(q) + (span == null ? "" : " (published " + phrase(span) + ")");
    if (hits.isEmpty()) {
      return new Answer.NotFound(
          "No paper in the set is about " + topic + ".",
          "Ask `papers` to see the whole set.",
          List.of());
    }
    List<Paper> papers = new ArrayList<>(hits.keySet());
    papers.sort(Answerer.newestFirst());
    if (papers.size() > Tuning.LIST_MAX) {
      papers = new ArrayList<>(papers.subList(0, Tuning.LIST_MAX));
      more = true;
    }
    // Quoted for the papers a reader pages through; in a large set a topic can hold thousands.
    List<Evidence> evidence =
        papers.stream().limit(Tuning.LIST_EVIDENCE).map(p -> hits.get(p).evidence()).toList();
    String headline =
        more
            ? "More than " + papers.size() + " papers are about " + topic + "; the newest:"
            : papers.size()
                + (papers.size() == 1 ? " paper is" : " papers are")
                + " about "
                + topic
                + ".";
    return new Answer.PaperList(headline, papers, evidence, 0.8);
  }
}
