package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Answer.Kind;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import dev.paperbot.corpus.Corpus;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Retriever;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Acronyms;
import dev.paperbot.understand.DateRange;
import dev.paperbot.understand.Interpretation;
import dev.paperbot.understand.Interpreter;
import dev.paperbot.understand.Lexicon;
import dev.paperbot.understand.PaperNames;
import dev.paperbot.understand.Signal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an interpreted question into an {@link Answer}: decides the kind from the signals and
 * slots, then finds the papers and the sentences that prove the answer. Thread-safe.
 */
public final class Answerer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Answerer.class);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final PaperIndex index;
  private final Interpreter interpreter;
  private final Mentions mentions;
  // arXiv categories the corpus records -> how a question types them.
  private final Map<String, java.util.regex.Pattern> categories;
  private final Rereading rereading;
  private final Conversations conversations;
  private final Lookup lookup;
  private final QuestionSuggestions questionSuggestions;
  private final Retriever retriever;
  private final FromRetrieval fromRetrieval;
  private final PaperNames names;
  private final Lexicon lexicon;
  private final Groups groups;

  Answerer(PaperIndex index, Lexicon lexicon, Duration ttl, Clock clock) {
    this.index = index;
    Acronyms acronyms = Acronyms.mine(index.passages());
    this.names = PaperNames.mine(index, acronyms);
    this.groups = new Groups(index.corpus().papers());
    this.interpreter = new Interpreter(index, lexicon, names);
    this.lexicon = lexicon;
    this.mentions = new Mentions(index, acronyms, names::ownTerms);
    this.categories = Lists.categoryPatterns(index);
    Map<String, List<String>> longForms = new java.util.HashMap<>();
    for (Acronyms.Acronym a : acronyms.all()) {
      if (!a.longTerms().isEmpty()) {
        longForms.putIfAbsent(a.shortTerm(), a.longTerms());
      }
    }
    this.retriever = new Retriever(index, longForms);
    this.conversations = new Conversations(ttl, clock);
    this.lookup = new Lookup(index, interpreter);
    this.rereading = new Rereading(interpreter, retriever, index);
    this.fromRetrieval = new FromRetrieval(retriever, mentions, lookup);
    this.questionSuggestions = QuestionSuggestions.of(index.corpus().papers(), acronyms, help());
  }

  /** Opens the embedded corpus; on disk when a directory is given, else in memory. */
  public static Answerer open(Path indexDirectory, Duration ttl, Clock clock) {
    return open(null, indexDirectory, ttl, clock);
  }

  /**
   * Opens this corpus (the embedded one when null); on disk when a directory is given, else in
   * memory. A corpus read at run time ({@code PAPERBOT_CORPUS}) comes in here.
   */
  public static Answerer open(Corpus given, Path indexDirectory, Duration ttl, Clock clock) {
    // Cold start is mostly class loading; Lucene's and the lexicon's load on a second core
    // while this one parses the corpus.
    CompletableFuture<Lexicon> lexicon =
        CompletableFuture.supplyAsync(
            () -> {
              PaperIndex.warmUp();
              return Lexicon.load();
            },
            runnable -> Thread.ofPlatform().name("paperbot-warm-up").daemon().start(runnable));
    Corpus corpus = given != null ? given : Corpus.embedded();
    PaperIndex index =
        indexDirectory == null
            ? PaperIndex.inMemory(corpus)
            : PaperIndex.onDisk(corpus, indexDirectory);
    return new Answerer(index, lexicon.join(), ttl, clock);
  }

  Interpreter interpreter() {
    return interpreter;
  }

  Retriever retriever() {
    return retriever;
  }

  public Answer answer(Question question) {
    Answer answer;
    try {
      Interpretation q = rereading.withoutRemark(interpreter.interpret(question.text()));
      answer = decide(q, question.conversation());
    } catch (RuntimeException e) {
      // An answer must come back whatever the text; the failure is logged, not shown.
      log.error("could not answer a question of {} characters", question.text().length(), e);
      answer =
          new Answer.NotFound(
              "Sorry, something went wrong while answering that.",
              "Try rephrasing the question.",
              List.of());
    } finally {
      retriever.answerDone();
    }
    conversations.remember(question.conversation(), answer);
    return answer;
  }

  /**
   * The precise rules first; when they cannot place the question, the retrieved evidence decides. A
   * verdict the rules reached on the evidence of named mentions ("every paper that mentions GShard
   * builds on it") stands: retrieval would only find the same mentions again.
   */
  private Answer decide(Interpretation typed, String conversation) {
    Interpretation q = rereading.namedInBrackets(typed);
    Optional<Answer> category = lookup.category(q, categories);
    if (category.isPresent()) {
      return category.get();
    }
    Optional<Answer> original = Origins.originalElsewhere(q, mentions, index);
    if (original.isPresent()) {
      return original.get();
    }
    Optional<Answer> outside = outsideVersion(q);
    if (outside.isPresent()) {
      return outside.get();
    }
    Answer ruled = decideByRules(q, conversation);
    // Chat words around a name ("wtf is MLA, short version") must not turn an answerable
    // question into a refusal: the rules try again on the name-like terms alone.
    // Only for a thing asked by name (what is X, who introduced X); a name most papers share
    // ("deepseek") is no focus.
    List<String> focus =
        q.focus().stream()
            .filter(t -> index.paperFrequency(t) * 2 < index.corpus().papers().size())
            .toList();
    if (ruled instanceof Answer.NotFound && !focus.isEmpty() && focus.size() < q.thing().size()) {
      Answer focused = decideByRules(q.focusedOn(focus), conversation);
      // A fact found on part of the question answers only a question about a name: "learning
      // rate and batch size of V3" is not answered by the sentence about pre-training it.
      // Only the kind of answer the question asked for: a definition or an origin of the name,
      // or a list. A fact or a card found on part of the question answers something else.
      boolean asked =
          (focused.kind() == Kind.DEFINITION && q.has(Signal.DEFINITION))
              || (focused.kind() == Kind.ORIGIN && q.has(Signal.ORIGIN))
              || (focused.kind() == Kind.LIST && q.has(Signal.LIST));
      if (focused.found() && asked) {
        return focused;
      }
    }
    if (ruled instanceof Answer.PaperList list && q.has(Signal.LIST) && !q.thing().isEmpty()) {
      return widened(list, q);
    }
    if (!(ruled instanceof Answer.NotFound nf) || q.has(Signal.HELP) || q.isBlank()) {
      return ruled;
    }
    // A short thing is a name: whether any abstract mentions it, and how, the mention rules have
    // read; retrieval would only add sentences holding part of the name ("transform" for
    // "Transformer").
    boolean judgedOnMentions =
        (!nf.mentionedIn().isEmpty() || q.has(Signal.ORIGIN))
            && q.thing().size() < Tuning.LONG_THING;
    if (judgedOnMentions) {
      return ruled;
    }
    // A question that asks which paper ("prover v2 does X, but which paper first did it?") may
    // name papers as context; one that asks about a named paper is answered from it alone.
    boolean asksWhichPaper = q.has(Signal.ORIGIN) || q.has(Signal.LIST);
    Set<String> within =
        asksWhichPaper ? Set.of() : ids(q.refs().stream().map(PaperNames.Ref::paper).toList());
    return fromRetrieval.answer(q, within, q.excluded()).orElse(ruled);
  }

  /**
   * Papers naming a family that its home group did not write; with a topic, only those the topic
   * list holds too ("outside folks testing deepseek on medical stuff").
   */
  private Answer outsideWork(Interpretation q, Intent.OutsideWork o, String conversation) {
    Set<Paper> naming = new java.util.LinkedHashSet<>();
    index.passagesWithAny(o.family()).forEach(p -> naming.add(p.paper()));
    List<Paper> outside = new ArrayList<>(groups.outsideTheirHome(List.copyOf(naming)));
    String family = String.join(" ", o.family());
    // Each rare word may name the topic ("medical"); one that no outside paper is about ("test")
    // said what they do to the family, not what about, and filters nothing.
    Set<Paper> fits = new java.util.HashSet<>();
    for (String t : o.topic()) {
      fits.addAll(
          Lists.byTopic(index, q.focusedOn(List.of(t)), mentions.variants(List.of(t))).papers());
    }
    if (outside.stream().anyMatch(fits::contains)) {
      outside.removeIf(p -> !fits.contains(p));
    }
    if (outside.isEmpty()) {
      return new Answer.NotFound(
          "No paper in the set by another group than " + family + "'s own fits that.",
          "",
          List.of());
    }
    outside.sort(newestFirst());
    return new Answer.PaperList(
        outside.size()
            + (outside.size() == 1 ? " paper" : " papers")
            + " by other groups than "
            + family
            + "'s own:",
        outside,
        outside.stream().map(p -> evidence(index.passages(p.id()).get(0), o.family())).toList(),
        0.7);
  }

  /**
   * Which paper introduced a thing. A name ("MLA") is judged by the stance of its earliest mention;
   * a long description by the papers covering it about as well as the best, the earliest of which
   * introduced it: its earliest partial mention (two of ten words) proves nothing.
   */
  private Answer origin(Interpretation q) {
    if (q.thing().size() >= Tuning.LONG_THING) {
      Optional<Answer> described = fromRetrieval.answer(q, Set.of(), q.excluded());
      if (described.isPresent()) {
        return described.get();
      }
    }
    return Origins.origin(q, mentions, index);
  }

  /** A topic list the rules made, with the papers retrieval finds covering the whole topic. */
  private Answer widened(Answer.PaperList list, Interpretation q) {
    // Retrieval reads no dates, authors or stance: a list judged on them stands.
    if (!q.authors().isEmpty() || q.dates().isPresent() || q.has(Signal.NOVEL)) {
      return list;
    }
    List<Paper> papers = new ArrayList<>(list.papers());
    List<Evidence> evidence = new ArrayList<>(list.evidence());
    Set<Paper> listed = new java.util.HashSet<>(papers);
    for (dev.paperbot.retrieve.Retriever.Candidate c : fromRetrieval.fullyCovering(q)) {
      if (listed.add(c.paper())) {
        papers.add(c.paper());
        evidence.add(FromRetrieval.quote(c));
      }
    }
    if (papers.size() == list.papers().size()) {
      return list;
    }
    return new Answer.PaperList(
        papers.size() + " papers fit:", papers, evidence, list.confidence());
  }

  /**
   * The rest of a question asking an amount, without the words that asked for it: "what sizes are
   * the distilled models" is answered by a sentence stating them ("1.5B, 7B, ..."), which need not
   * say "size". The fact still needs a stated number. A kind of amount the abstract names
   * ("accuracy") still picks the sentence that names it.
   */
  private List<String> askedBesidesQuantity(Interpretation q, Paper paper, Set<String> measures) {
    if (!q.has(Signal.QUANTITY)) {
      return q.rest();
    }
    Set<String> asking = new java.util.HashSet<>(measures);
    asking.removeIf(t -> index.passages(paper.id()).stream().anyMatch(p -> p.terms().contains(t)));
    List<String> left = q.rest().stream().filter(t -> !asking.contains(t)).toList();
    return left.isEmpty() ? q.rest() : left;
  }

  /**
   * "how big is deepseek v2?" names the paper and asks only how big: the amount the words of the
   * cue stand for ("big" is said "parameters"), when one sentence states it; else the card.
   */
  private Optional<Answer> sizedUp(Interpretation q, Paper paper) {
    if (!q.has(Signal.QUANTITY) || !q.rest().isEmpty()) {
      return Optional.empty();
    }
    List<String> asking =
        lexicon.cueTermsOf(Signal.QUANTITY, q.normalized()).stream()
            .filter(t -> !index.saidOtherwise(t).isEmpty())
            .toList();
    if (asking.isEmpty()) {
      return Optional.empty();
    }
    Answer fact = Facts.fact(paper, asking, q, index);
    return fact.found() ? Optional.of(fact) : Optional.empty();
  }

  private Answer decideByRules(Interpretation q, String conversation) {
    IntentRules.Reading reading = read(q, conversation);
    List<String> rest = q.rest();
    return switch (IntentRules.classify(reading)) {
      case Intent.Help h -> help();
      case Intent.ExtremeOf e -> Lists.extremeOf(e.papers(), e.newest());
      case Intent.Neighbour n -> Lists.neighbour(index.corpus().papers(), n.of(), n.after());
      case Intent.Compare c -> Compare.compare(c.first(), c.second(), q.rest(), index);
      case Intent.ByAuthor a -> Lists.byAuthor(a.authors());
      case Intent.AuthorOf a ->
          new Answer.Found(
              Kind.AUTHOR,
              "\u201c" + a.paper().title() + "\u201d is by " + a.paper().authorLine(),
              List.of(),
              List.of(a.paper()),
              a.fromContext() ? 0.8 : 0.95);
      case Intent.NewestOrOldest n -> {
        List<Paper> pool =
            n.within()
                .map(d -> index.publishedBetween(d.from(), d.to()))
                .filter(l -> !l.isEmpty())
                .orElse(index.corpus().papers());
        yield Lists.extreme(pool, n.newest(), q);
      }
      case Intent.ByDate d -> byDate(q, d.span());
      case Intent.DateOf d ->
          new Answer.Found(
              Kind.DATE,
              "\u201c"
                  + d.paper().title()
                  + "\u201d was first submitted to arXiv on "
                  + DAY.format(d.paper().published())
                  + ".",
              List.of(),
              List.of(d.paper()),
              d.fromContext() ? 0.8 : 0.95);
      case Intent.CodeOf c -> Lookup.code(c.paper());
      case Intent.IdOf i ->
          new Answer.Found(
              Kind.FACT,
              title(i.paper()) + " is arXiv:" + i.paper().id() + ".",
              List.of(),
              List.of(i.paper()),
              0.95);
      case Intent.Origin o -> origin(q);
      case Intent.DescribedPaper d ->
          fromRetrieval
              .answer(q, Set.of(), q.excluded())
              .orElseGet(() -> decideByRules(q.without(Signal.WHICH_PAPER), conversation));
      case Intent.WithCode w -> Lists.withCode(index.corpus().papers(), q.normalized());
      case Intent.OutsideWork o -> outsideWork(q, o, conversation);
      case Intent.NamingPaper n ->
          Lists.naming(
              index,
              groups,
              n.named(),
              names.workNames(n.named().paper()),
              n.outside(),
              n.withoutItself());
      case Intent.TopicList t -> topicList(q);
      case Intent.Definition d -> Origins.definition(q, d.refs(), mentions, index);
      case Intent.Card c ->
          sizedUp(q, c.paper())
              .orElseGet(() -> lookup.card(c.paper(), c.fromContext() ? 0.8 : 0.9, q.rest()));
      case Intent.Fact f -> {
        // The words that asked what kind of amount, read off the cue once for both uses.
        Set<String> measures =
            q.has(Signal.QUANTITY) ? lexicon.cueTermsOf(Signal.QUANTITY, q.normalized()) : Set.of();
        yield Facts.fact(
            f.paper(), askedBesidesQuantity(q, f.paper(), measures), q, index, measures);
      }
      case Intent.Anywhere a -> Facts.anywhere(q, index);
    };
  }

  private static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile("v\\d+(\\.\\d+)*|\\d+(\\.\\d+)?[bm]");

  /**
   * A version of a family the set holds only as earlier work: "prover v1's minif2f score" when the
   * set has Prover-V1.5 ("enhances DeepSeek-Prover-V1") and V2, "the original deepseek-coder 33b
   * paper" when it has Coder-V2 ("Compared to DeepSeek-Coder-33B"). Only for a family the question
   * names a paper of the set by, when no paper's title or own name holds that version and some
   * abstract marks it as earlier work; a baseline of another family ("LLaMA2 7B") is asked about,
   * not asked for.
   */
  private Optional<Answer> outsideVersion(Interpretation q) {
    Set<String> named = new java.util.HashSet<>();
    q.refs().forEach(r -> named.addAll(r.matched()));
    // Most questions name no family, or type no version: they are not read again.
    if (named.isEmpty()
        || named.stream().anyMatch(t -> VERSION.matcher(t).matches())
        || q.terms().stream().noneMatch(t -> VERSION.matcher(t).matches())) {
      return Optional.empty();
    }
    int n = index.corpus().papers().size();
    List<String> seq = dev.paperbot.retrieve.Terms.terms(q.normalized());
    for (int i = 1; i < seq.size(); i++) {
      String version = seq.get(i);
      String family = seq.get(i - 1);
      if (!VERSION.matcher(version).matches()
          || !named.contains(family)
          || index.paperFrequency(family) * 2 >= n) {
        continue;
      }
      List<String> name = List.of(family, version);
      // A paper titled or named by the version mentions it too: only the mentioning papers are
      // read, not the set.
      Mentions.Found found = mentions.find(name);
      boolean inTheSet = false;
      List<Paper> earlier = new ArrayList<>();
      for (Map.Entry<Paper, List<Mentions.Mention>> e : found) {
        Paper p = e.getKey();
        inTheSet |=
            index.titleTerms(p).containsAll(name) || names.ownTerms(p.id()).containsAll(name);
        if (e.getValue().stream().anyMatch(m -> m.stance() == Mentions.Stance.PRIOR_WORK)) {
          earlier.add(p);
        }
      }
      if (!inTheSet && !earlier.isEmpty()) {
        return Optional.of(
            new Answer.NotFound(
                "The set has no paper on \u201c"
                    + family
                    + " "
                    + version
                    + "\u201d: "
                    + earlier.stream().map(Answerer::title).collect(Collectors.joining("; "))
                    + " mentions it as earlier work.",
                "",
                earlier));
      }
    }
    return Optional.empty();
  }

  /**
   * The papers about a topic. Asked for something of their own ("which papers propose a new
   * attention mechanism"), only the papers that present it as their contribution, or whose title
   * names it: V2 ("innovative architectures including MLA"), not V3, which adopts it.
   */
  private Answer topicList(Interpretation q) {
    return Lists.quotedNarrowed(q, unquotedTopicList(q), index);
  }

  private Answer unquotedTopicList(Interpretation q) {
    if (q.thing().size() > 1) {
      Optional<Answer> either = Lists.eitherTopic(q, this::topicList);
      if (either.isPresent()) {
        return either.get();
      }
    }
    Set<String> asking = lexicon.cueTermsOf(Signal.NOVEL, q.normalized());
    List<String> topic = q.thing().stream().filter(t -> !asking.contains(t)).toList();
    if (!q.has(Signal.NOVEL) || topic.isEmpty() || topic.size() == q.thing().size()) {
      return Lists.byTopic(index, q, mentions.variants(q.thing()));
    }
    // The stance is read at the topic's own words: "we present X, a ... model" contributes a
    // model, whatever the topic.
    int n = index.corpus().papers().size();
    List<String> own = topic.stream().filter(t -> index.paperFrequency(t) * 2 < n).toList();
    List<List<String>> variants = mentions.variants(topic);
    java.util.function.Predicate<Paper> contributes =
        p ->
            variants.stream().anyMatch(index.titleTerms(p)::containsAll)
                || index.passages(p.id()).stream()
                    .anyMatch(
                        s ->
                            own.stream()
                                .anyMatch(
                                    t ->
                                        s.terms().contains(t)
                                            && mentions.stanceOf(s, Set.of(t))
                                                == Mentions.Stance.CONTRIBUTES));
    return Lists.byTopic(index, q.focusedOn(topic), variants, null, contributes);
  }

  /**
   * The papers of a span; with a topic beside the span ("papers from 2025 about reasoning"), only
   * those the topic list holds. Words of the date itself ("second half", "q3") are no topic.
   */
  private Answer byDate(Interpretation q, DateRange span) {
    List<String> topic =
        q.thing().stream()
            .filter(t -> !lexicon.isDateTerm(t) && !DateRange.isMonth(t))
            .filter(t -> !t.chars().allMatch(Character::isDigit))
            // A word most papers use ("deepseek", "model") narrows nothing.
            .filter(t -> index.paperFrequency(t) > 0)
            .filter(t -> index.paperFrequency(t) * 2 < index.corpus().papers().size())
            .toList();
    if (topic.isEmpty()) {
      return Lists.byDate(index, span);
    }
    return Lists.byTopic(index, q.focusedOn(topic), mentions.variants(topic), span, p -> true);
  }

  /**
   * The slots the table reads, resolved once: the papers a question names, else the one it
   * describes, else the conversation's; the two sides of a comparison.
   */
  IntentRules.Reading read(Interpretation q, String conversation) {
    List<Paper> refs = q.refs().stream().map(PaperNames.Ref::paper).toList();
    boolean describedInstead = false;
    if (refs.isEmpty() && describesAPaper(q)) {
      refs = fromRetrieval.described(q.thing(), q.excluded()).map(List::of).orElse(List.of());
    } else if (!refs.isEmpty()
        && !q.has(Signal.COMPARE)
        && q.thing().size() >= Tuning.LONG_THING
        && q.authors().isEmpty()) {
      // Words most papers use ("deepseek") do not say which paper.
      Set<String> nameTerms = new java.util.HashSet<>();
      q.refs().forEach(r -> nameTerms.addAll(r.matched()));
      nameTerms.removeIf(t -> index.paperFrequency(t) * 2 >= index.corpus().papers().size());
      Optional<Paper> instead = fromRetrieval.describedInstead(q.thing(), ids(refs), nameTerms);
      if (instead.isPresent()) {
        refs = List.of(instead.get());
        describedInstead = true;
      }
    }
    boolean fromContext = false;
    List<Paper> lastAnswer = List.of();
    // "newest paper?" in a thread asks about the set; "which one is newer?" about the last answer.
    boolean asksTheSet = (q.has(Signal.NEWEST) || q.has(Signal.OLDEST)) && !q.has(Signal.FOLLOWUP);
    Optional<Conversations.Context> ctx = conversations.get(conversation);
    if (refs.isEmpty()
        && !asksTheSet
        && (q.has(Signal.FOLLOWUP) || q.thing().isEmpty())
        && ctx.isPresent()) {
      List<Paper> last = ctx.get().papers();
      OptionalInt pointed = ordinal(q.normalized(), last.size());
      if (pointed.isPresent()) {
        refs = List.of(last.get(pointed.getAsInt()));
      } else if (last.size() >= 2 && (q.has(Signal.NEWEST) || q.has(Signal.OLDEST))) {
        lastAnswer = last;
      } else {
        refs = last.subList(0, 1);
      }
      fromContext = true;
    }
    List<Paper> compared = List.of();
    if (q.has(Signal.COMPARE)) {
      // In the order the question names them ("compare A and B" puts A first); with one named,
      // the other is the paper the conversation was about.
      List<Paper> two =
          new ArrayList<>(
              q.refs().stream()
                  .sorted(Comparator.comparingInt(PaperNames.Ref::at))
                  .map(PaperNames.Ref::paper)
                  .toList());
      if (two.size() < 2) {
        for (Paper side : sides(q)) {
          if (!two.contains(side)) {
            two.add(side);
          }
        }
      }
      if (two.size() == 1) {
        ctx.map(c -> c.papers().get(0)).filter(p -> !two.contains(p)).ifPresent(two::add);
      }
      compared = List.copyOf(two);
    }
    // Nothing asked but typos and chat ("dpeseek v3 ... pls"): every word beyond the name is
    // unknown to the corpus and no word of English either.
    boolean restUnknown =
        !q.rest().isEmpty()
            && q.rest().stream()
                .allMatch(t -> index.paperFrequency(t) == 0 && q.focus().contains(t));
    Optional<PaperNames.Ref> namedWork =
        q.refs().size() == 1 && names.namesTheWork(q.refs().get(0))
            ? Optional.of(q.refs().get(0))
            : Optional.empty();
    int n = index.corpus().papers().size();
    List<String> family =
        q.focus().stream().filter(t -> index.paperFrequency(t) * 2 >= n).distinct().toList();
    List<String> familyTopic =
        q.thing().stream()
            .filter(t -> !family.contains(t) && !lexicon.isCueTerm(t))
            .filter(t -> t.length() >= 3 && index.paperFrequency(t) > 0)
            .filter(t -> index.paperFrequency(t) <= Tuning.RARE_PAPERS + 1)
            .distinct()
            .toList();
    return new IntentRules.Reading(
        q,
        refs,
        fromContext,
        lastAnswer,
        compared,
        restUnknown,
        isLookupPhrase(q),
        namedWork,
        family,
        familyTopic,
        describedInstead,
        q.rest().stream()
            .anyMatch(
                t ->
                    t.length() >= 4
                        && t.chars().allMatch(Character::isLetter)
                        && index.paperFrequency(t) == 0
                        && !lexicon.isCueTerm(t)
                        && index.saidOtherwise(t).isEmpty()));
  }

  // "the second one", "the 2nd paper", "#3", "the last one": a pointer into the last answer's list.
  private static final java.util.regex.Pattern ORDINAL =
      java.util.regex.Pattern.compile(
          "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th|last)\\b(?= (one|paper|result|item|entry|link)\\b)|#(\\d{1,2})\\b|\\b(?:number|no\\.?) (\\d{1,2})\\b");

  private static final List<String> ORDINALS =
      List.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth");

  /** The 0-based position a question points at in a list of {@code size}, if it points. */
  static OptionalInt ordinal(String normalized, int size) {
    java.util.regex.Matcher m = ORDINAL.matcher(normalized);
    if (!m.find()) {
      return OptionalInt.empty();
    }
    int at;
    if (m.group(1) != null) {
      String w = m.group(1);
      at =
          w.equals("last")
              ? size - 1
              : ORDINALS.contains(w)
                  ? ORDINALS.indexOf(w)
                  : Integer.parseInt(w.replaceAll("\\D", "")) - 1;
    } else {
      at = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4)) - 1;
    }
    return at >= 0 && at < size ? OptionalInt.of(at) : OptionalInt.empty();
  }

  private static final java.util.regex.Pattern SIDES =
      java.util.regex.Pattern.compile(
          "\\s*(?:\\bvs\\.?|\\bversus\\b|\\bcompared? (?:to|with)\\b|\\bcompare\\b|\\bagainst\\b|\\bor\\b|\\band\\b|/)\\s*");

  /**
   * The papers the two sides of a comparison name or describe: "the ophthalmology study vs the
   * surgery one", "v2 compared to the old dense 67b model". Each side is read on its own.
   */
  private List<Paper> sides(Interpretation q) {
    String subject = q.normalized().split("[:?;]", 2)[0];
    String[] parts = SIDES.split(subject);
    List<Paper> out = new ArrayList<>();
    if (parts.length < 2) {
      return out;
    }
    for (String part : parts) {
      Interpretation side = interpreter.interpret(part);
      // A side names a paper or describes one; a one-word side must be a word of the paper's
      // title ("the surgery one"), since one common word ("before") describes nothing.
      Optional<Paper> p =
          !side.refs().isEmpty()
              ? Optional.of(side.refs().get(0).paper())
              : fromRetrieval
                  .described(side.thing(), ids(out))
                  .filter(
                      d ->
                          side.thing().size() >= 2
                              || index.titleTerms(d).containsAll(side.thing()));
      p.filter(x -> !out.contains(x)).ifPresent(out::add);
    }
    return out;
  }

  private static Set<String> ids(List<Paper> papers) {
    Set<String> out = new java.util.HashSet<>();
    papers.forEach(p -> out.add(p.id()));
    return out;
  }

  // Words that make a line a question; a line without any ("the eye doctor exam one where r1
  // beat o1", "dpeseek v3 tecnical reprot pls") names a paper to look up.
  private static final java.util.regex.Pattern QUESTION_WORD =
      java.util.regex.Pattern.compile(
          "\\b(what|whats|which|who|whom|whose|when|where|why|how|is|are|was|were|does|do|did|can|could|should|would|will|has|have|any|anything|list|show|tell|explain|compare|give|find)\\b|[吗呢什么哪谁多少几怎]");

  private boolean isLookupPhrase(Interpretation q) {
    // "new axis of sparsity paper pls": a title word may fire a cue that asks nothing alone.
    boolean cueless =
        q.signals().stream()
            .allMatch(
                s ->
                    s == Signal.FOLLOWUP
                        || s == Signal.SUMMARY
                        || s == Signal.NOVEL
                        || s == Signal.PAPER_NOUN
                        || s == Signal.LOOKUP);
    // "find me that paper asking if ...": told to fetch a paper, the line describes it.
    boolean told = q.has(Signal.LOOKUP) && !q.has(Signal.QUANTITY) && !q.has(Signal.AMOUNT);
    return (told || (cueless && !QUESTION_WORD.matcher(q.normalized()).find()))
        && !q.thing().isEmpty()
        && !asksBeyondItsPapers(q);
  }

  /**
   * True when the line asks for something its named papers never say: "r1's aime 2024 pass@1" names
   * R1 but asks for AIME, which only another abstract holds. Such a line asks a fact; it does not
   * look the paper up.
   */
  private boolean asksBeyondItsPapers(Interpretation q) {
    if (Retriever.unknownName(index, FromRetrieval.named(q, q.rest()), q.typedNames())
        .isPresent()) {
      return true;
    }
    Optional<String> key = Retriever.keyTerm(index, FromRetrieval.named(q, q.rest()));
    return key.isPresent()
        && q.refs().stream()
            .map(PaperNames.Ref::paper)
            .noneMatch(
                p ->
                    index.titleTerms(p).contains(key.get())
                        || index.passages(p.id()).stream()
                            .anyMatch(s -> s.terms().contains(key.get())));
  }

  /**
   * Questions about one paper's metadata or content that describe the paper instead of naming it
   * ("who's first author on the robot surgery evaluation"); "which paper…" questions are not: the
   * paper is what they ask for.
   */
  private static boolean describesAPaper(Interpretation q) {
    boolean asksForPapers = q.has(Signal.ORIGIN) || q.has(Signal.LIST) || q.has(Signal.DEFINITION);
    boolean aboutOne = q.has(Signal.AUTHOR) || q.has(Signal.DATE) || q.has(Signal.SUMMARY);
    return aboutOne
        && !asksForPapers
        && q.authors().isEmpty()
        && q.dates().isEmpty()
        && !q.thing().isEmpty();
  }

  public Answer list() {
    return Lists.all(index.corpus().papers());
  }

  public Answer show(String idOrTitleWords) {
    return lookup.show(idOrTitleWords);
  }

  public Answer.Help help() {
    return new Answer.Help(
        "I answer questions about "
            + index.corpus().papers().size()
            + " research papers, quoting the abstract that proves each answer.",
        List.of(
            "which paper introduced MLA?",
            "what is mHC?",
            "how many parameters does DeepSeek-V3 have?",
            "who wrote the Native Sparse Attention paper?",
            "papers from January 2024",
            "which papers are about theorem proving?",
            "how does DeepSeek-V3 differ from DeepSeek-V2?",
            "summarize the R1 paper"));
  }

  public List<Paper> suggest(String partial, int limit) {
    return lookup.suggest(partial, limit);
  }

  public List<Paper> papers() {
    return index.corpus().papers();
  }

  public boolean inConversation(String conversation) {
    return conversations.get(conversation).isPresent();
  }

  public Optional<Paper> paperAt(String url) {
    return Links.arxivId(url)
        .flatMap(id -> papers().stream().filter(p -> p.id().equals(id)).findFirst());
  }

  public List<String> suggestQuestions(String partial, int limit) {
    return questionSuggestions.complete(partial, limit);
  }

  @Override
  public void close() {
    index.close();
  }

  static Evidence evidence(Passage p, List<String> terms) {
    return dev.paperbot.evidence.Highlighter.quote(p, terms);
  }

  static String title(Paper p) {
    return "\u201c" + p.title() + "\u201d";
  }

  static <K, V> List<K> keys(Map<K, V> map) {
    return new ArrayList<>(map.keySet());
  }

  static Comparator<Paper> newestFirst() {
    return Comparator.comparing(Paper::published).reversed().thenComparing(Paper::id);
  }
}
