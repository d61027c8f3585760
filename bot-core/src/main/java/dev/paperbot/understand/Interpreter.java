package dev.paperbot.understand;

import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.Terms;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chat question into an {@link Interpretation}. Every step is general: cues come from the
 * lexicon, names and acronyms from the corpus, corrections from the corpus vocabulary.
 */
public final class Interpreter {

  private final PaperIndex index;
  private final Lexicon lexicon;
  private final SpellCorrector speller;
  private final PaperNames names;
  private final Authors authors;
  private final Set<String> corpusTerms;
  private final Set<String> titleBigrams;
  // Words the abstracts type in capitals ("IMO", "AIME"): names in this corpus, whatever they are
  // in chat ("imo" = in my opinion).
  private final Set<String> typedInCapitals;
  // How often each word occurs in the corpus, as typed (lower-cased).
  private final Map<String, Integer> frequency;
  private final Set<String> titleTermSet;

  /**
   * The two corpus words chat ran together ("fireflyer" for "Fire-Flyer", "kvcache" for "KV
   * cache"): a word the corpus lacks that splits into two it has, three letters each at least,
   * which some sentence holds together. Looked up only for unknown words, so start-up reads nothing
   * for it; the most frequent such pair wins.
   */
  private java.util.Optional<String[]> split(String word) {
    if (word.length() < 6
        || frequency.containsKey(word)
        || !word.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
      return java.util.Optional.empty();
    }
    String[] best = null;
    int bestFreq = 0;
    for (int i = 3; i <= word.length() - 3; i++) {
      String left = word.substring(0, i);
      String right = word.substring(i);
      int f = Math.min(frequency.getOrDefault(left, 0), frequency.getOrDefault(right, 0));
      if (f > bestFreq) {
        String l = Terms.termOf(left);
        String r = Terms.termOf(right);
        if (l != null && r != null && index.docsWithAll(List.of(l, r)).length > 0) {
          best = new String[] {left, right};
          bestFreq = f;
        }
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static boolean isCapitals(String text, int start, int end) {
    boolean letter = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private final Glossary glossary = Glossary.load();

  public Interpreter(PaperIndex index, Lexicon lexicon, PaperNames names) {
    this.index = index;
    this.lexicon = lexicon;
    this.names = names;
    this.authors = new Authors(index.corpus().papers());
    Map<String, Integer> freq = new HashMap<>();
    Set<String> terms = new java.util.HashSet<>();
    // The index has analysed every abstract sentence already; only titles and authors are new.
    Set<String> capitals = new java.util.HashSet<>();
    for (dev.paperbot.retrieve.PaperIndex.Passage passage : index.passages()) {
      for (Terms.Token t : passage.tokens()) {
        freq.merge(t.surface(), 1, Integer::sum);
        if (t.end() - t.start() >= 2 && isCapitals(passage.text(), t.start(), t.end())) {
          capitals.add(t.surface());
        }
        if (t.term() != null) {
          terms.add(t.term());
        }
      }
    }
    for (Paper p : index.corpus().papers()) {
      for (Terms.Token t : Terms.tokens(p.title() + " " + String.join(" ", p.authors()))) {
        freq.merge(t.surface(), 1, Integer::sum);
        if (t.term() != null) {
          terms.add(t.term());
        }
      }
    }
    this.corpusTerms = Set.copyOf(terms);
    this.typedInCapitals = Set.copyOf(capitals);
    this.frequency = freq;
    Set<String> allTitleTerms = new java.util.HashSet<>();
    index.corpus().papers().forEach(p -> allTitleTerms.addAll(index.titleTerms(p)));
    this.titleTermSet = Set.copyOf(allTitleTerms);
    Set<String> bigrams = new java.util.HashSet<>();
    for (Paper p : index.corpus().papers()) {
      List<String> t = index.titleTermList(p);
      for (int i = 0; i + 1 < t.size(); i++) {
        bigrams.add(t.get(i) + " " + t.get(i + 1));
      }
    }
    this.titleBigrams = Set.copyOf(bigrams);
    this.speller = new SpellCorrector(freq, lexicon.cueWords(), lexicon::isEnglish);
  }

  // "a math prover", "an moe model": a word after an indefinite article, itself no paper.
  private static final Pattern INDEFINITE =
      Pattern.compile(
          "\\b(a|an|any|some) (?:[\\w-]+ )?([\\w.-]+)\\b(?! (paper|report|one|study)\\b)");

  /** The terms of the words right after an indefinite article ("a math prover"): no names. */
  private static Set<String> afterIndefinite(String norm) {
    Set<String> out = new HashSet<>();
    Matcher m = INDEFINITE.matcher(norm);
    while (m.find()) {
      String t = Terms.termOf(m.group(2));
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * True when every word naming the paper is a word several papers share, used after an indefinite
   * article: "training a math prover by ..." speaks of provers, not of Prover-V2.
   */
  private boolean indefinite(PaperNames.Ref r, Set<String> afterIndefinite) {
    return !r.matched().isEmpty()
        && afterIndefinite.containsAll(r.matched())
        && r.matched().stream().allMatch(t -> index.paperFrequency(t) >= 2);
  }

  // After these, an asker drops the "a" an initialism spells: "needle in (a) haystack".
  private static final Set<String> BEFORE_AN_ARTICLE =
      Set.of("in", "on", "at", "for", "with", "to", "into", "as", "from");

  /**
   * The corpus names the question spells out: two to five consecutive words whose initials, with an
   * "a" the asker may have left out after a preposition, are a term of four letters or more that at
   * most two papers use and that is no English word.
   */
  private Map<String, List<String>> initialisms(List<String> words) {
    List<String> flat = new ArrayList<>();
    for (String w : words) {
      for (String part : w.split("-")) {
        if (!part.isEmpty()) {
          flat.add(part);
        }
      }
    }
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < flat.size(); i++) {
      if (!isLatinWord(flat.get(i)) || lexicon.isFrameWord(flat.get(i))) {
        continue;
      }
      for (int k = 2; k <= 5 && i + k <= flat.size(); k++) {
        String last = flat.get(i + k - 1);
        // "needle in a haystack": the article may stand inside, never at an end.
        if (last.equals("a") && i + k < flat.size()) {
          continue;
        }
        if (!isLatinWord(last)) {
          break;
        }
        List<String> spelled = new ArrayList<>(List.of(""));
        for (int j = i; j < i + k; j++) {
          char initial = flat.get(j).charAt(0);
          List<String> next = new ArrayList<>();
          for (String s : spelled) {
            next.add(s + initial);
            if (j > i && BEFORE_AN_ARTICLE.contains(flat.get(j - 1))) {
              next.add(s + "a" + initial);
            }
          }
          spelled = next;
        }
        for (String candidate : spelled) {
          // Three initials match by chance ("cache as one" is "cao"), and the corpus spells
          // out the three-letter names it uses ("Native Sparse Attention (NSA)").
          if (candidate.length() >= 4
              && corpusTerms.contains(candidate)
              // A rare name only: common ones ("moe", "llm") the abstracts define and the
              // retriever already expands, and a chance match of initials would add noise.
              && index.paperFrequency(candidate) <= dev.paperbot.retrieve.Tuning.RARE_PAPERS
              && !lexicon.isEnglish(candidate)
              && !flat.contains(candidate)
              && !out.containsKey(candidate)) {
            List<String> spelledTerms = new ArrayList<>();
            for (String w : flat.subList(i, i + k)) {
              String t = Terms.termOf(w);
              if (t != null) {
                spelledTerms.add(t);
              }
            }
            out.put(candidate, spelledTerms);
          }
        }
      }
    }
    return out;
  }

  private static boolean isLatinWord(String w) {
    return w.length() >= 2 && w.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  public Interpretation interpret(String raw) {
    String cleaned = ChatText.clean(raw);
    String lower = cleaned.toLowerCase(Locale.ROOT);
    // Chinese words reach retrieval in the abstracts' English too.
    String english = glossary.english(lower);
    if (!english.isEmpty()) {
      lower = lower + " " + english;
    }
    List<Terms.Token> tokens = Terms.tokens(lower);

    // Correct typos in place so the rules read "introduced", not "introdcued".
    StringBuilder normalized = new StringBuilder(lower);
    List<String> words = new ArrayList<>();
    // Names are read as typed: the speller knows corpus words, not people ("dia" is no "did").
    List<String> typedWords = tokens.stream().map(Terms.Token::surface).toList();
    Set<String> typedNames = new HashSet<>();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Terms.Token t = tokens.get(i);
      // "BERT", "GRPO", "mHC": a word typed with capitals inside is a name, not a typo.
      String typed =
          t.end() <= cleaned.length() ? cleaned.substring(t.start(), t.end()) : t.surface();
      if (typedAsName(typed) && t.term() != null) {
        typedNames.add(t.term());
      }
      String[] parts = split(t.surface()).orElse(null);
      String split = parts == null ? null : parts[0] + " " + parts[1];
      String chat = lexicon.chatWord(t.surface());
      String fixed =
          split != null
              ? split
              : chat != null
                  ? chat
                  : typedAsName(typed) || DateRange.isMonth(t.surface())
                      ? t.surface()
                      : speller.correct(t.surface());
      if (!fixed.equals(t.surface()) && t.end() <= normalized.length()) {
        normalized.replace(t.start(), t.end(), fixed);
      }
      if (split != null) {
        // "fireflyer" is the two words of "Fire-Flyer".
        words.add(0, split.substring(split.indexOf(' ') + 1));
        words.add(0, split.substring(0, split.indexOf(' ')));
      } else {
        words.add(0, fixed);
      }
    }
    versions(words);
    String norm = normalized.toString();
    EnumSet<Signal> signals = lexicon.signals(norm);

    Set<String> terms = new LinkedHashSet<>();
    List<String> sequence = new ArrayList<>();
    List<String> thing = new ArrayList<>();
    // Terms that look like names ("mla", "hfreduce", "fp8"), not words of English: what a
    // question is about when its other words are chat ("wtf is MLA, short version").
    Set<String> nameLike = new LinkedHashSet<>();
    // Words naming the paper in "the eye exam paper", "the surgery one": they say which paper,
    // not what is asked of it.
    Set<String> naming = new LinkedHashSet<>();
    for (int at = 0; at < words.size(); at++) {
      String w = words.get(at);
      // "how big", "how accurate": the word after "how" frames the question, it names nothing.
      boolean afterHow = at > 0 && words.get(at - 1).equals("how");
      String term = singularKnown(Terms.termOf(w));
      if (term == null) {
        continue;
      }
      terms.add(term);
      sequence.add(term);
      if ((lexicon.isFrameWord(w) || lexicon.isFrameTerm(term) || afterHow)
          && !typedInCapitals.contains(w)) {
        continue;
      }
      // "w/", "q": a single Latin letter names nothing.
      if (term.length() == 1 && term.charAt(0) < 0x80 && Character.isLetter(term.charAt(0))) {
        continue;
      }
      // The corpus is English: a Chinese word it never uses cannot name a thing in it.
      if (isCjk(term) && !corpusTerms.contains(term)) {
        continue;
      }
      if (!thing.contains(term)) {
        thing.add(term);
      }
      if (!lexicon.isEnglish(w) && !isCjk(term)) {
        nameLike.add(term);
      }
      if (namesAPaper(words, at)) {
        naming.add(term);
      }
    }
    // "needle in haystack" is the abstracts' "NIAH": spelled-out words whose initials are a name
    // the corpus uses.
    Map<String, List<String>> spelledOut = initialisms(words);
    for (String initials : spelledOut.keySet()) {
      // The spelled-out words are the name itself, not more to find beside it.
      thing.removeAll(spelledOut.get(initials));
      if (!thing.contains(initials)) {
        thing.add(initials);
        terms.add(initials);
        sequence.add(initials);
        nameLike.add(initials);
      }
    }
    // Read corrected: "besides the v3 tech report" rules out the Technical Report.
    RuledOut ruledOut = negated(norm);
    Set<String> excluded = ruledOut.paperIds();
    List<PaperNames.Ref> refs = new ArrayList<>();
    for (Paper linked : linked(raw)) {
      refs.add(new PaperNames.Ref(linked, 1, 10, Set.of(), linked.id(), -1));
    }
    // "a paper titled 'towards ultimate expert specialisation'": quoted words that most of one
    // title holds name that paper.
    for (PaperNames.Ref quoted : quotedTitles(cleaned)) {
      if (refs.stream().noneMatch(x -> x.paper().equals(quoted.paper()))) {
        refs.add(quoted);
      }
    }
    // A list may rule a paper out and still ask about it by another name: "besides the v3 tech
    // report itself, which papers build on deepseek-v3" asks for the papers naming V3, but V3.
    boolean list = signals.contains(Signal.LIST);
    List<PaperNames.Ref> resolved = names.resolve(sequence);
    // Read once for all the names the question reaches, and only when it reaches one.
    Set<String> afterArticle = resolved.isEmpty() ? Set.of() : afterIndefinite(norm);
    for (PaperNames.Ref r : resolved) {
      if (indefinite(r, afterArticle)) {
        continue;
      }
      boolean ruledOutHere =
          excluded.contains(r.paper().id())
              && !(list && !ruledOut.terms().containsAll(r.matched()));
      if (!ruledOutHere && refs.stream().noneMatch(x -> x.paper().equals(r.paper()))) {
        refs.add(r);
      }
    }
    Set<String> named = new LinkedHashSet<>();
    for (PaperNames.Ref r : refs) {
      named.addAll(r.matched());
    }
    // Words that rule a paper out ("not v2") are not what the question asks about.
    thing.removeAll(ruledOut.terms());
    thing.removeAll(asides(lower));
    thing.removeAll(framing(norm));
    thing.removeAll(contrasted(lower));
    List<String> rest =
        thing.stream().filter(t -> !named.contains(t) && !naming.contains(t)).toList();
    // A paper's own name is not the thing in focus: "v3" in "learning rate of deepseek-v3".
    List<String> focus =
        thing.stream().filter(t -> nameLike.contains(t) && !named.contains(t)).toList();
    return new Interpretation(
        cleaned,
        norm,
        signals,
        Set.copyOf(terms),
        refs,
        List.copyOf(thing),
        rest,
        authors(typedWords, words, signals),
        DateRange.find(norm),
        counted(words),
        Set.copyOf(excluded),
        focus,
        Set.copyOf(typedNames));
  }

  /** The authors a question names, as typed or else as corrected. */
  private List<Authors.Match> authors(
      List<String> typed, List<String> corrected, EnumSet<Signal> signals) {
    boolean aboutAuthors = signals.contains(Signal.AUTHOR) || signals.contains(Signal.AUTHOR_LIST);
    List<Authors.Match> asTyped = authors.find(typed, aboutAuthors);
    return asTyped.isEmpty() && !typed.equals(corrected)
        ? authors.find(corrected, aboutAuthors)
        : asTyped;
  }

  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile(
          "['\"\u2018\u201c]([^'\"\u2019\u201d]{3,120})['\"\u2019\u201d]");

  /** Papers whose title holds most (by rarity) of a quoted span of the question. */
  private List<PaperNames.Ref> quotedTitles(String cleaned) {
    List<PaperNames.Ref> out = new ArrayList<>();
    // Only where the question speaks of a title or a paper: a quoted term ("what does 'expert
    // specialization' mean") is asked about, not a title.
    if (!TITLE_CUE.matcher(cleaned.toLowerCase(Locale.ROOT)).find()) {
      return out;
    }
    java.util.regex.Matcher m = QUOTED.matcher(cleaned);
    while (m.find()) {
      List<String> span = Terms.terms(m.group(1));
      if (span.isEmpty()) {
        continue;
      }
      double total = span.stream().mapToDouble(index::idf).sum();
      Paper best = null;
      double bestShare = 0;
      for (Paper p : index.corpus().papers()) {
        Set<String> title = index.titleTerms(p);
        double held = span.stream().filter(title::contains).mapToDouble(index::idf).sum();
        if (held > bestShare) {
          best = p;
          bestShare = held;
        }
      }
      if (best != null && bestShare >= QUOTED_TITLE_SHARE * total) {
        out.add(
            new PaperNames.Ref(
                best, bestShare / total, bestShare, Set.copyOf(span), m.group(1), -1));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern TITLE_CUE =
      java.util.regex.Pattern.compile("\\b(titled?|called|named|paper|article|report)\\b|论文|标题");

  /** A quoted span names a paper when its title holds this share of the span's weight. */
  private static final double QUOTED_TITLE_SHARE = 0.7;

  private static final java.util.regex.Pattern PARENTHESIS =
      java.util.regex.Pattern.compile("\\(([^()]{1,120})\\)");

  /**
   * The terms of asides in parentheses that name nothing in the corpus ("(my supervisor asked)"):
   * chat, not topic. An aside holding a corpus word ("(mla)") stays part of the question.
   */
  private Set<String> asides(String lower) {
    Set<String> out = new java.util.HashSet<>();
    java.util.regex.Matcher m = PARENTHESIS.matcher(lower);
    while (m.find()) {
      List<String> words = new ArrayList<>();
      for (Terms.Token t : Terms.tokens(m.group(1))) {
        words.add(t.surface());
      }
      boolean chat =
          words.stream()
              .allMatch(
                  w -> {
                    String t = Terms.termOf(w);
                    return t == null || lexicon.isFrameWord(w) || !corpusTerms.contains(t);
                  });
      if (chat) {
        words.stream().map(Terms::termOf).filter(java.util.Objects::nonNull).forEach(out::add);
      }
    }
    return out;
  }

  // Words for a document: "the eye exam paper", "the v3 retrospective", "the surgery one".
  private static final Set<String> PAPER_NOUNS =
      Set.of(
          "paper",
          "papers",
          "study",
          "report",
          "preprint",
          "article",
          "one",
          "eval",
          "evaluation",
          "retrospective",
          "writeup",
          "論文",
          "论文");

  /** True when word {@code at} is one of the (up to three) words right before a paper noun. */
  private static boolean namesAPaper(List<String> words, int at) {
    for (int k = at + 1; k <= Math.min(words.size() - 1, at + 3); k++) {
      if (PAPER_NOUNS.contains(words.get(k))) {
        // "the X paper" names it; "which paper" asks for it.
        return !words.get(at).matches("which|what|the|a|an|that|this");
      }
    }
    return false;
  }

  // An arXiv id, bare or in a link: the most exact reference a question can make.
  private static final java.util.regex.Pattern ARXIV_ID =
      java.util.regex.Pattern.compile("(?<![\\d.])(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?![\\d])");

  private List<Paper> linked(String raw) {
    List<Paper> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    java.util.regex.Matcher m =
        ARXIV_ID.matcher(raw.length() > 4_000 ? raw.substring(0, 4_000) : raw);
    while (m.find()) {
      index.corpus().byId(m.group(1)).filter(p -> !out.contains(p)).ifPresent(out::add);
    }
    // A link to a paper's official repository names the paper as surely as its arXiv id.
    java.util.regex.Matcher repo =
        REPOSITORY.matcher(raw.length() > 4_000 ? raw.substring(0, 4_000) : raw);
    while (repo.find()) {
      String path = repo.group(1).toLowerCase(java.util.Locale.ROOT);
      for (Paper p : index.corpus().papers()) {
        if (p.codeUrl() != null
            && p.codeUrl()
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("/+$", "")
                .endsWith("/" + path)
            && !out.contains(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  // "github.com/deepseek-ai/DeepSeek-Prover-V1.5": owner and repository, no trailing path.
  private static final java.util.regex.Pattern REPOSITORY =
      java.util.regex.Pattern.compile(
          "(?i)github\\.com/([\\w.-]+/[\\w-]+(?:\\.[\\w-]+)*?)(?:\\.git)?(?=[/|>\\s)]|$)");

  // "not v2", "rather than the NSA paper", "except mHC": the words after it name a paper ruled out.
  private static final java.util.regex.Pattern NEGATION =
      java.util.regex.Pattern.compile(
          "\\b(?:not|except|excluding|besides|rather than|other than|instead of|apart from)\\s+(?:the\\s+)?((?:[\\w.-]+)(?:\\s+[\\w.-]+)?)");

  // "about hardware rather than models", "more about clusters than about a model", "not the ones
  // that just reuse it": what follows is set against the topic, up to the end of the clause.
  private static final java.util.regex.Pattern CONTRAST =
      java.util.regex.Pattern.compile(
          "\\b(?:rather than|instead of|as opposed to|(?:more|less)\\b[^.?!;]{1,60}?\\bthan|not (?:the |any )?(?:ones?|papers?|those|others?)(?: that| which| who)?|not (?:just|merely|simply))\\s+([^.?!;()]{1,80})");

  /**
   * The terms of the phrases that frame the question ("which papers lean heavily on RL"): how the
   * papers relate to the topic, not the topic. A term also used outside them stays.
   */
  private Set<String> framing(String norm) {
    List<int[]> spans = lexicon.framePhrases(norm);
    if (spans.isEmpty()) {
      return Set.of();
    }
    Set<String> inside = new java.util.HashSet<>();
    Set<String> outside = new java.util.HashSet<>();
    for (Terms.Token t : Terms.tokens(norm)) {
      if (t.term() == null) {
        continue;
      }
      boolean framed = spans.stream().anyMatch(s -> t.start() >= s[0] && t.end() <= s[1]);
      (framed ? inside : outside).add(t.term());
    }
    inside.removeAll(outside);
    return inside;
  }

  /**
   * The terms of what a topic is set against ("rather than a new model"): not what is asked. Papers
   * it names are ruled out elsewhere ({@link #negated}); its other words leave the topic.
   */
  private Set<String> contrasted(String lower) {
    Set<String> out = new java.util.HashSet<>();
    java.util.regex.Matcher m = CONTRAST.matcher(lower);
    while (m.find()) {
      // A word the question also asks before the contrast stays: "deepseek" of "outsiders
      // evaluating deepseek instead of deepseek's own work".
      Set<String> asked = new java.util.HashSet<>(Terms.terms(lower.substring(0, m.start())));
      // "more about X than Y": "more" weighs X against Y; it is no word of X.
      String opening =
          m.group().startsWith("more") ? "more" : m.group().startsWith("less") ? "less" : null;
      if (opening != null && Terms.termOf(opening) != null) {
        out.add(Terms.termOf(opening));
      }
      for (Terms.Token t : Terms.tokens(m.group(1))) {
        if (t.term() != null && !asked.contains(t.term())) {
          out.add(t.term());
        }
      }
    }
    return out;
  }

  /** What a negation rules out: the papers its words name, and those words. */
  private record RuledOut(Set<String> paperIds, Set<String> terms) {}

  private RuledOut negated(String lower) {
    Set<String> ids = new java.util.HashSet<>();
    Set<String> terms = new java.util.HashSet<>();
    java.util.regex.Matcher m = NEGATION.matcher(lower);
    while (m.find()) {
      List<String> span = new ArrayList<>();
      for (String w : m.group(1).split("\\s+")) {
        String t = Terms.termOf(w);
        // "apart from the r1 paper": "paper" says what R1 is, not which.
        if (t != null && !lexicon.isFrameWord(w)) {
          span.add(t);
        }
      }
      versions(span);
      for (PaperNames.Ref r : names.resolve(span)) {
        // Only a paper the span names outright; a shared word ("deepseek") rules out nothing.
        if (r.coverage() >= 0.99 || r.matched().containsAll(span)) {
          ids.add(r.paper().id());
          terms.addAll(span);
        }
      }
    }
    return new RuledOut(ids, terms);
  }

  /**
   * "prover 1.5", "coder 2": a bare version number right after a title word is that title's version
   * term ("v1.5") when a title says the two together ("DeepSeek-Prover-V1.5"); "like 3" stays 3.
   */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

  private void versions(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      String before = Terms.termOf(words.get(i - 1));
      boolean number =
          !w.isEmpty() && Character.isDigit(w.charAt(0)) && NUMBER.matcher(w).matches();
      if (number && before != null && titleBigrams.contains(before + " v" + w)) {
        words.set(i, "v" + w);
      } else if (number && before != null && titleTermSet.contains(before + w)) {
        // "vl 2" is the "VL2" of "DeepSeek-VL2".
        words.set(i, before + w);
      }
    }
  }

  /**
   * What "how many" / "how much" counts: the last word of the run that follows ("how many total
   * parameters does" → parameters, "how many H800 GPUs was" → GPUs).
   */
  private Optional<String> counted(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals("how")
          && (words.get(i + 1).equals("many") || words.get(i + 1).equals("much"))) {
        String last = null;
        for (int j = i + 2; j < words.size(); j++) {
          String term = singularKnown(Terms.termOf(words.get(j)));
          if (term == null || lexicon.isFrameWord(words.get(j))) {
            break;
          }
          last = term;
        }
        return Optional.ofNullable(last);
      }
    }
    return Optional.empty();
  }

  /** "gpus" typed in lower case is the corpus's "gpu" (from "GPUs"): the known singular. */
  private String singularKnown(String term) {
    if (term != null
        && term.length() > 3
        && term.endsWith("s")
        && !corpusTerms.contains(term)
        && corpusTerms.contains(term.substring(0, term.length() - 1))) {
      return term.substring(0, term.length() - 1);
    }
    return term;
  }

  private static boolean typedAsName(String typed) {
    long upper = typed.chars().filter(Character::isUpperCase).count();
    return upper >= 2 || (upper == 1 && !Character.isUpperCase(typed.charAt(0)));
  }

  private static boolean isCjk(String term) {
    return term.codePoints()
        .anyMatch(
            cp -> {
              UnicodeScript s = UnicodeScript.of(cp);
              return s == UnicodeScript.HAN
                  || s == UnicodeScript.HIRAGANA
                  || s == UnicodeScript.KATAKANA
                  || s == UnicodeScript.HANGUL;
            });
  }
}
