package dev.paperbot.answer;

import dev.paperbot.Answer;
import dev.paperbot.Answer.Kind;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import dev.paperbot.corpus.Corpus;
import dev.paperbot.index.PaperIndex;
import dev.paperbot.index.PaperIndex.Passage;
import dev.paperbot.query.Acronyms;
import dev.paperbot.query.Interpretation;
import dev.paperbot.query.Interpreter;
import dev.paperbot.query.Lexicon;
import dev.paperbot.query.PaperNames;
import dev.paperbot.query.Signal;
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
import java.util.concurrent.CompletableFuture;
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
  private final Conversations conversations;
  private final Lookup lookup;
  private final QuestionSuggestions questionSuggestions;

  Answerer(PaperIndex index, Lexicon lexicon, Duration ttl, Clock clock) {
    this.index = index;
    Acronyms acronyms = Acronyms.mine(index.passages());
    PaperNames names = PaperNames.mine(index, acronyms);
    this.interpreter = new Interpreter(index, lexicon, names);
    this.mentions = new Mentions(index, acronyms, names::ownTerms);
    this.conversations = new Conversations(ttl, clock);
    this.lookup = new Lookup(index, interpreter);
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

  public Answer answer(Question question) {
    Answer answer;
    try {
      Interpretation q = interpreter.interpret(question.text());
      answer = decide(q, question.conversation());
    } catch (RuntimeException e) {
      // An answer must come back whatever the text; the failure is logged, not shown.
      log.error("could not answer a question of {} characters", question.text().length(), e);
      answer =
          new Answer.NotFound(
              "Sorry, something went wrong while answering that.",
              "Try rephrasing the question.",
              List.of());
    }
    conversations.remember(question.conversation(), answer.papers());
    return answer;
  }

  private Answer decide(Interpretation q, String conversation) {
    if (q.has(Signal.HELP) || q.isBlank()) {
      return help();
    }
    List<Paper> refs = q.refs().stream().map(PaperNames.Ref::paper).toList();
    List<String> rest = q.rest();
    boolean fromContext = false;
    if (refs.isEmpty() && (q.has(Signal.FOLLOWUP) || q.thing().isEmpty())) {
      Optional<Conversations.Context> ctx = conversations.get(conversation);
      if (ctx.isPresent()) {
        refs = ctx.get().papers().subList(0, 1);
        fromContext = true;
      }
    }
    if (q.has(Signal.COMPARE)) {
      // In the order the question names them ("compare A and B" puts A first); with one named,
      // the other is the paper the conversation was about.
      List<Paper> two =
          new ArrayList<>(
              q.refs().stream()
                  .sorted(Comparator.comparingInt(PaperNames.Ref::at))
                  .map(PaperNames.Ref::paper)
                  .toList());
      if (two.size() == 1) {
        conversations
            .get(conversation)
            .map(c -> c.papers().get(0))
            .filter(p -> !two.contains(p))
            .ifPresent(two::add);
      }
      if (two.size() >= 2) {
        return Compare.compare(two.get(0), two.get(1), index);
      }
    }
    if (!q.authors().isEmpty()
        && (refs.isEmpty() || q.has(Signal.LIST) || q.has(Signal.AUTHOR_LIST))) {
      return Lists.byAuthor(q.authors());
    }
    if (q.has(Signal.AUTHOR) && !refs.isEmpty() && !q.has(Signal.ORIGIN)) {
      Paper p = refs.get(0);
      return new Answer.Found(
          Kind.AUTHOR,
          "\u201c" + p.title() + "\u201d is by " + p.authorLine(),
          List.of(),
          List.of(p),
          fromContext ? 0.8 : 0.95);
    }
    if ((q.has(Signal.NEWEST) || q.has(Signal.OLDEST)) && refs.isEmpty()) {
      List<Paper> pool =
          q.dates()
              .map(d -> index.publishedBetween(d.from(), d.to()))
              .filter(l -> !l.isEmpty())
              .orElse(index.corpus().papers());
      return Lists.extreme(pool, q.has(Signal.NEWEST), q);
    }
    if (q.dates().isPresent() && (refs.isEmpty() || q.has(Signal.LIST))) {
      return Lists.byDate(index, q.dates().get());
    }
    if (q.has(Signal.DATE) && !refs.isEmpty() && !q.has(Signal.ORIGIN)) {
      Paper p = refs.get(0);
      return new Answer.Found(
          Kind.DATE,
          "\u201c"
              + p.title()
              + "\u201d was first submitted to arXiv on "
              + DAY.format(p.published())
              + ".",
          List.of(),
          List.of(p),
          fromContext ? 0.8 : 0.95);
    }
    if (q.has(Signal.ORIGIN) && !q.thing().isEmpty()) {
      return Origins.origin(q, mentions, index);
    }
    if (q.has(Signal.LIST) && !q.thing().isEmpty()) {
      return Lists.byTopic(index, q, mentions.variants(q.thing()));
    }
    if (q.has(Signal.DEFINITION) && !q.has(Signal.SUMMARY) && (refs.isEmpty() || rest.isEmpty())) {
      return Origins.definition(q, refs, mentions, index);
    }
    if (!refs.isEmpty()) {
      Paper p = refs.get(0);
      if (rest.isEmpty() || q.has(Signal.SUMMARY)) {
        return lookup.card(p, fromContext ? 0.8 : 0.9);
      }
      return Facts.fact(p, rest, q, index);
    }
    return Facts.anywhere(q, index);
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
    return Highlighter.quote(p, terms);
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
