package dev.paperbot.retrieve;

import dev.paperbot.Paper;
import dev.paperbot.corpus.Corpus;
import dev.paperbot.corpus.Sentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index over the corpus: one document per paper and one per abstract sentence, opened
 * once and searched through one shared, thread-safe {@link IndexSearcher}.
 *
 * <p>Besides Lucene, it keeps each sentence's tokens in memory: the corpus is small and evidence
 * highlighting and coverage checks need them on every answer.
 */
public final class PaperIndex implements AutoCloseable {

  // Named for the layout too: a new field means indexes built before it are rebuilt.
  private static final String FINGERPRINT = "corpus-sha256-v4";

  /** One sentence of an abstract with its analyzed tokens. */
  public record Passage(
      Paper paper, int ord, String text, List<Terms.Token> tokens, Set<String> terms) {
    // A sentence is its paper and place: hashing its tokens too made every set of candidates pay
    // for the whole sentence.
    @Override
    public boolean equals(Object o) {
      return o instanceof Passage other && ord == other.ord && paper.equals(other.paper);
    }

    @Override
    public int hashCode() {
      return 31 * paper.hashCode() + ord;
    }
  }

  /** A scored search hit. */
  public record Hit<T>(T item, float score) {}

  private final Corpus corpus;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, List<Passage>> passagesByPaper = new HashMap<>();
  // Sentence document -> its passage, filled once the passages exist: candidate lookups read no
  // stored fields.
  private final Passage[] byDoc;
  private final List<Passage> passages = new ArrayList<>();
  private final Map<String, Integer> paperDocFreq = new HashMap<>();
  private final Map<String, Set<String>> titleTerms = new HashMap<>();
  private final Map<String, List<String>> titleWords = new HashMap<>();
  private final Map<String, List<String>> titleTermList = new HashMap<>();

  /** A paper's sentences and its title's terms (in order) and words, analysed together. */
  private record Analysed(
      List<Passage> passages, List<String> titleTerms, List<String> titleWords) {
    static Analysed of(Paper p, List<Passage> passages) {
      List<Terms.Token> tokens = Terms.tokens(p.title());
      List<String> terms = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (Terms.Token t : tokens) {
        if (t.term() != null) {
          terms.add(t.term());
        }
        words.add(t.surface());
      }
      return new Analysed(passages, List.copyOf(terms), List.copyOf(words));
    }
  }

  private PaperIndex(Corpus corpus, Map<String, List<String>> sentencesById, Directory directory)
      throws IOException {
    this.corpus = corpus;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.byDoc = new Passage[reader.maxDoc()];
    // Analysing every sentence is most of start-up; papers are independent, so they are read on
    // every core, then gathered in corpus order.
    // The title is analysed there too, once: its terms and its words came from two analyses.
    List<Analysed> perPaper =
        corpus.papers().parallelStream()
            .map(p -> Analysed.of(p, passagesOf(p, sentencesById.get(p.id()))))
            .toList();
    for (int n = 0; n < corpus.papers().size(); n++) {
      Paper p = corpus.papers().get(n);
      Analysed a = perPaper.get(n);
      List<Passage> list = a.passages();
      passages.addAll(list);
      passagesByPaper.put(p.id(), list);
      Set<String> title = Set.copyOf(a.titleTerms());
      titleTerms.put(p.id(), title);
      titleTermList.put(p.id(), a.titleTerms());
      titleWords.put(p.id(), a.titleWords());
      Set<String> paperTerms = new HashSet<>(title);
      list.forEach(x -> paperTerms.addAll(x.terms()));
      for (String t : paperTerms) {
        paperDocFreq.merge(t, 1, Integer::sum);
      }
    }
    StoredFields stored = searcher.storedFields();
    Set<String> idAndOrd = Set.of(Fields.ID, Fields.ORD);
    List<Paper> inDocOrder = new ArrayList<>();
    for (int doc = 0; doc < byDoc.length; doc++) {
      Document d = stored.document(doc, idAndOrd);
      List<Passage> list = passagesByPaper.get(d.get(Fields.ID));
      if (list != null && d.getField(Fields.ORD) != null) {
        byDoc[doc] = list.get(d.getField(Fields.ORD).numericValue().intValue());
      } else if (d.getField(Fields.ORD) == null) {
        corpus.byId(d.get(Fields.ID)).ifPresent(inDocOrder::add);
      }
    }
    this.papersInDocOrder = List.copyOf(inDocOrder);
    List<Paper> byDate = new ArrayList<>(corpus.papers());
    byDate.sort(OLDEST_FIRST);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < byDate.size(); i++) {
      rank.put(byDate.get(i).id(), i);
    }
    this.dateRank = rank;
    this.rankByDoc = new int[byDoc.length];
    for (int doc = 0; doc < byDoc.length; doc++) {
      rankByDoc[doc] = byDoc[doc] == null ? -1 : rank.get(byDoc[doc].paper().id());
    }
  }

  // The papers of the paper documents, in document order: the order a date-range query returns
  // them in, since every hit of it scores the same.
  private final List<Paper> papersInDocOrder;

  // Sentence document -> its paper's dateRank: candidate sorting looks up no map.
  private final int[] rankByDoc;

  /** Papers oldest first, ties by id: the order in which mentions are read. */
  public static final java.util.Comparator<Paper> OLDEST_FIRST =
      java.util.Comparator.comparing(Paper::published).thenComparing(Paper::id);

  // Paper id -> its place in OLDEST_FIRST order.
  private final Map<String, Integer> dateRank;

  /** The paper's place among all papers, oldest first. */
  public int dateRank(Paper paper) {
    return dateRank.get(paper.id());
  }

  /**
   * The sentence documents, sorted by their paper's age (oldest first), then by position in the
   * index: a key per document packing both, so a few thousand candidates sort as longs and a reader
   * can stop at the first papers it needs.
   */
  public long[] byAge(int[] docs) {
    long[] keys = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      keys[i] = ((long) rankByDoc[docs[i]] << 32) | docs[i];
    }
    java.util.Arrays.sort(keys);
    return keys;
  }

  /** The paper rank of a key made by {@link #byAge(int[])}. */
  public static int rankOf(long key) {
    return (int) (key >>> 32);
  }

  /** The document of a key made by {@link #byAge(int[])}. */
  public static int docOf(long key) {
    return (int) key;
  }

  private static List<Passage> passagesOf(Paper p, List<String> sentences) {
    List<Passage> list = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Terms.Token> tokens = Terms.tokens(sentences.get(i));
      Set<String> terms = new HashSet<>();
      for (int k = 0; k < tokens.size(); k++) {
        Terms.Token t = tokens.get(k);
        if (t.term() != null) {
          terms.add(t.term());
        }
        // "pre-train" is also "pretrain": a question may write a hyphenated word closed up.
        if (k > 0 && "-".equals(sentences.get(i).substring(tokens.get(k - 1).end(), t.start()))) {
          String joined = Terms.termOf(tokens.get(k - 1).surface() + t.surface());
          if (joined != null) {
            terms.add(joined);
          }
        }
      }
      list.add(new Passage(p, i, sentences.get(i), tokens, Set.copyOf(terms)));
    }
    return List.copyOf(list);
  }

  /**
   * Loads the classes an index build needs (analysis, codecs, sentence breaking) by building a
   * one-document index, so another thread can do it while the corpus is parsed.
   */
  public static void warmUp() {
    Corpus tiny =
        Corpus.fromJson(
            "[{\"id\":\"0\",\"title\":\"Warm-up\",\"published\":\"2024-01-01\",\"abstract\":\"We present a model. It works.\"}]"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    inMemory(tiny).close();
  }

  /** An index held in memory, built now. */
  public static PaperIndex inMemory(Corpus corpus) {
    try {
      // Each file in one buffer: every term lookup and postings read clones its input, and a
      // clone of a file written in many small blocks duplicates every block.
      Directory dir =
          new ByteBuffersDirectory(
              new org.apache.lucene.store.SingleInstanceLockFactory(),
              org.apache.lucene.store.ByteBuffersDataOutput::new,
              ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
      Map<String, List<String>> sentences = sentences(corpus);
      write(corpus, sentences, dir);
      return new PaperIndex(corpus, sentences, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory index", e);
    }
  }

  /** An index on disk: reused when it was built from the same corpus bytes, rebuilt otherwise. */
  public static PaperIndex onDisk(Corpus corpus, Path path) {
    try {
      Directory dir = FSDirectory.open(path);
      Map<String, List<String>> sentences = sentences(corpus);
      if (!upToDate(corpus, dir)) {
        write(corpus, sentences, dir);
      }
      return new PaperIndex(corpus, sentences, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open or build the index in " + path, e);
    }
  }

  /** What an index on disk was built from: the corpus and the analysis that made its terms. */
  private static String stamp(Corpus corpus) {
    return corpus.fingerprint() + " " + PaperAnalyzer.VERSION;
  }

  private static boolean upToDate(Corpus corpus, Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return false;
    }
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      return stamp(corpus).equals(r.getIndexCommit().getUserData().get(FINGERPRINT));
    }
  }

  /** Every abstract cut into sentences once, for both the index and the passages in memory. */
  private static Map<String, List<String>> sentences(Corpus corpus) {
    // Abstracts are split independently: on every core, as the analysis after it is.
    List<List<String>> split =
        corpus.papers().parallelStream().map(p -> Sentences.split(p.abstractText())).toList();
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 0; i < split.size(); i++) {
      out.put(corpus.papers().get(i).id(), split.get(i));
    }
    return out;
  }

  private static void write(Corpus corpus, Map<String, List<String>> sentencesById, Directory dir)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(PaperAnalyzer.stemmed());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (Paper p : corpus.papers()) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_PAPER, Field.Store.NO));
        doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        doc.add(new StringField(Fields.TITLE_EXACT, exactTitle(p.title()), Field.Store.NO));
        long day = p.published().toEpochDay();
        doc.add(new LongPoint(Fields.PUBLISHED, day));
        doc.add(new StoredField(Fields.PUBLISHED, day));
        writer.addDocument(doc);
        List<String> sentences = sentencesById.get(p.id());
        for (int i = 0; i < sentences.size(); i++) {
          Document s = new Document();
          s.add(new StringField(Fields.TYPE, Fields.TYPE_SENTENCE, Field.Store.NO));
          s.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
          s.add(new TextField(Fields.SENTENCE, sentences.get(i), Field.Store.NO));
          s.add(new TextField(Fields.SENTENCE_TITLE, p.title(), Field.Store.NO));
          s.add(new StoredField(Fields.ORD, i));
          writer.addDocument(s);
        }
      }
      writer.setLiveCommitData(Map.of(FINGERPRINT, stamp(corpus)).entrySet());
      writer.commit();
    }
  }

  public Corpus corpus() {
    return corpus;
  }

  /** The shared searcher; thread-safe. */
  public IndexSearcher searcher() {
    return searcher;
  }

  public List<Passage> passages() {
    return passages;
  }

  public List<Passage> passages(String paperId) {
    return passagesByPaper.getOrDefault(paperId, List.of());
  }

  /** Broader words for corpus words, from WordNet at build time. */
  public Concepts concepts() {
    return Concepts.embedded();
  }

  /**
   * The corpus terms a rare or unknown asked term may be said in ("extra" → "additional"). A word
   * many papers use is read as itself: its other senses ("use", "context") would match by chance.
   */
  public Set<String> saidOtherwise(String term) {
    if (paperFrequency(term) > Tuning.RARE_PAPERS) {
      return Set.of();
    }
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String t : Synonyms.embedded().corpusTermsFor(term)) {
      if (paperFrequency(t) > 0) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The rare corpus terms (in at most two papers) whose WordNet concepts include {@code concept}:
   * the words a topic asked in plain words ("medical") may be written in ("surgery"). Built once,
   * on first use.
   */
  public Set<String> specialisationsOf(String concept) {
    Map<String, Set<String>> map = specialisations;
    if (map == null) {
      synchronized (this) {
        if (specialisations == null) {
          Map<String, Set<String>> built = new HashMap<>();
          Concepts concepts = concepts();
          for (Passage p : passages) {
            for (Terms.Token t : p.tokens()) {
              if (t.term() != null
                  && paperFrequency(t.term()) <= 2
                  && concepts.of(t.surface()).size() <= Tuning.SPECIFIC_CONCEPTS) {
                for (String c : concepts.of(t.surface())) {
                  built.computeIfAbsent(c, k -> new HashSet<>()).add(t.term());
                }
              }
            }
          }
          specialisations = Map.copyOf(built);
        }
        map = specialisations;
      }
    }
    return map.getOrDefault(concept, Set.of());
  }

  private volatile Map<String, Set<String>> specialisations;

  /** The index terms of a paper's title, computed once: every answer consults them. */
  public Set<String> titleTerms(Paper paper) {
    return titleTerms.getOrDefault(paper.id(), Set.of());
  }

  /** The index terms of a paper's title in order, as {@link Terms#terms} gives them. */
  public List<String> titleTermList(Paper paper) {
    return titleTermList.getOrDefault(paper.id(), List.of());
  }

  /** A paper's title words as typed, lower-cased and unstemmed: autocomplete matches prefixes. */
  public List<String> titleWords(Paper paper) {
    return titleWords.getOrDefault(paper.id(), List.of());
  }

  /** In how many papers (title or abstract) a term occurs. */
  public int paperFrequency(String term) {
    return paperDocFreq.getOrDefault(term, 0);
  }

  /**
   * The term of these fewest papers use: every sentence mentioning all of them holds it, so it is
   * the one to look candidates up by.
   */
  public java.util.Optional<String> rarest(java.util.Collection<String> terms) {
    return terms.stream().min(java.util.Comparator.comparingInt(this::paperFrequency));
  }

  /** The index terms in order, built on first use: prefix questions read one range of it. */
  private volatile String[] sortedTerms;

  /** Every index term that starts with {@code prefix} and is longer, in order. */
  public List<String> termsExtending(String prefix) {
    String[] terms = sortedTerms;
    if (terms == null) {
      synchronized (this) {
        if (sortedTerms == null) {
          String[] built = paperDocFreq.keySet().toArray(new String[0]);
          java.util.Arrays.sort(built);
          sortedTerms = built;
        }
        terms = sortedTerms;
      }
    }
    int i = java.util.Arrays.binarySearch(terms, prefix);
    List<String> out = new ArrayList<>();
    for (int j = i >= 0 ? i + 1 : -i - 1; j < terms.length && terms[j].startsWith(prefix); j++) {
      out.add(terms[j]);
    }
    return out;
  }

  /**
   * The versions of a name the corpus writes glued to it: "llama" → "llama2", "gpt" → "gpt4" (of
   * "GPT4-Turbo"). A name asked without a version asks for all of them.
   */
  public List<String> versionsOf(String name) {
    if (name.length() < 3 || !name.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    return termsExtending(name).stream()
        .filter(t -> Character.isDigit(t.charAt(name.length())))
        .toList();
  }

  /** Inverse paper frequency, BM25-style, never negative. */
  public double idf(String term) {
    int n = corpus.papers().size();
    int df = paperFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Every sentence whose text or paper title holds any of the terms, in corpus order: the
   * candidates a rule needs to read instead of scanning the corpus. Exhaustive, not top-k: the
   * origin rules must see the earliest mention, however many there are.
   */
  public List<Passage> passagesWithAny(java.util.Collection<String> terms) {
    int[] docs = docsWithAny(terms);
    List<Passage> out = new ArrayList<>(docs.length);
    for (int doc : docs) {
      out.add(passageAt(doc));
    }
    return out;
  }

  /** {@link #passagesWithAny}'s documents, in index order. */
  public int[] docsWithAny(java.util.Collection<String> terms) {
    int[] out = new int[0];
    for (String t : new LinkedHashSet<>(terms)) {
      out = union(out, inSentenceOrTitle(t));
    }
    return out;
  }

  /**
   * The sentence documents holding every term, each in the sentence or in its paper's title, in
   * index order: the candidates of a topic whose words must all meet in one sentence.
   */
  public int[] docsWithAll(java.util.Collection<String> terms) {
    int[] out = null;
    for (String t : new LinkedHashSet<>(terms)) {
      out = out == null ? inSentenceOrTitle(t) : intersection(out, inSentenceOrTitle(t));
      if (out.length == 0) {
        break;
      }
    }
    return out == null ? new int[0] : out;
  }

  /**
   * The sentences whose own text holds {@code term} and whose text or title holds one of {@code
   * any}, in index order.
   */
  public List<Passage> passagesWith(String term, java.util.Collection<String> any) {
    if (any.isEmpty()) {
      return List.of();
    }
    List<Passage> out = new ArrayList<>();
    for (int doc : intersection(postings(Fields.SENTENCE, term), docsWithAny(any))) {
      out.add(passageAt(doc));
    }
    return out;
  }

  // These candidate sets are exhaustive and unscored, so they are read off the postings: a
  // query per call cost more in weights, scorers and collecting than the few postings it reads.
  // Only sentence documents carry the sentence fields, so no type filter is needed.
  private int[] inSentenceOrTitle(String t) {
    return union(postings(Fields.SENTENCE, t), postings(Fields.SENTENCE_TITLE, t));
  }

  /** The live documents holding the term in the field, in index order. */
  private int[] postings(String field, String term) {
    try {
      BytesRef bytes = new BytesRef(term);
      int[] out = new int[0];
      int n = 0;
      for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
        org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        org.apache.lucene.index.TermsEnum te = terms.iterator();
        if (!te.seekExact(bytes)) {
          continue;
        }
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        org.apache.lucene.index.PostingsEnum pe =
            te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
        if (n + te.docFreq() > out.length) {
          out = java.util.Arrays.copyOf(out, n + te.docFreq());
        }
        for (int d = pe.nextDoc();
            d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
            d = pe.nextDoc()) {
          if (live == null || live.get(d)) {
            if (n == out.length) {
              out = java.util.Arrays.copyOf(out, Math.max(8, 2 * n));
            }
            out[n++] = leaf.docBase + d;
          }
        }
      }
      return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    } catch (IOException e) {
      throw new UncheckedIOException("candidate search failed", e);
    }
  }

  /** The union of two ascending document lists. */
  private static int[] union(int[] a, int[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        out[n++] = a[i++];
      } else if (a[i] > b[j]) {
        out[n++] = b[j++];
      } else {
        out[n++] = a[i++];
        j++;
      }
    }
    while (i < a.length) {
      out[n++] = a[i++];
    }
    while (j < b.length) {
      out[n++] = b[j++];
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** The intersection of two ascending document lists. */
  private static int[] intersection(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[n++] = a[i++];
        j++;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** The passage of a sentence document, without reading stored fields. */
  public Passage passageAt(int doc) {
    Passage p = byDoc[doc];
    if (p == null) {
      throw new IllegalArgumentException("document " + doc + " is not a sentence");
    }
    return p;
  }

  /**
   * The {@code k} sentences BM25 ranks best for these terms, each weighted by its idf: the
   * candidates for a long description, which holds most of its words in one sentence.
   */
  public List<Passage> bestFor(java.util.Collection<String> terms, int k) {
    Map<String, Float> weights = new java.util.LinkedHashMap<>();
    for (String t : terms) {
      weights.put(t, (float) Math.max(0.05, idf(t)));
    }
    return searchSentences(weights, Set.of(), k).stream().map(Hit::item).toList();
  }

  /** {@link #bestFor}'s documents, in index order. */
  public int[] bestDocsAmong(java.util.Collection<String> terms, int k) {
    Map<String, Float> weights = new java.util.LinkedHashMap<>();
    for (String t : terms) {
      weights.put(t, (float) Math.max(0.05, idf(t)));
    }
    // When at most k sentences hold any of the terms, the best k are all of them (every hit
    // scores above zero, and none is skipped before k are collected): the postings say which
    // without scoring. The bound keeps a common word from making that read costly.
    try {
      long held = 0;
      for (String t : weights.keySet()) {
        held += reader.docFreq(new Term(Fields.SENTENCE, t));
      }
      if (held <= 4L * k) {
        int[] any = new int[0];
        for (String t : weights.keySet()) {
          any = union(any, postings(Fields.SENTENCE, t));
        }
        if (any.length <= k) {
          return any;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("candidate search failed", e);
    }
    int[] docs = topDocs(weights, Set.of(), k);
    java.util.Arrays.sort(docs);
    return docs;
  }

  /** Sentences matching any of the weighted terms, BM25-scored, optionally within some papers. */
  public List<Hit<Passage>> searchSentences(Map<String, Float> terms, Set<String> paperIds, int n) {
    List<Hit<Passage>> out = new ArrayList<>();
    for (ScoreDoc sd : scored(terms, paperIds, n)) {
      out.add(new Hit<>(passageAt(sd.doc), sd.score));
    }
    return out;
  }

  private int[] topDocs(Map<String, Float> terms, Set<String> paperIds, int n) {
    return java.util.Arrays.stream(scored(terms, paperIds, n)).mapToInt(sd -> sd.doc).toArray();
  }

  private ScoreDoc[] scored(Map<String, Float> terms, Set<String> paperIds, int n) {
    if (terms.isEmpty()) {
      return new ScoreDoc[0];
    }
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    terms.forEach(
        (t, w) ->
            should.add(
                new BoostQuery(new TermQuery(new Term(Fields.SENTENCE, t)), w),
                BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(should.build(), BooleanClause.Occur.MUST);
    q.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SENTENCE)), BooleanClause.Occur.FILTER);
    if (paperIds != null && !paperIds.isEmpty()) {
      q.add(idFilter(paperIds), BooleanClause.Occur.FILTER);
    }
    try {
      return searcher.search(q.build(), n).scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException("sentence search failed", e);
    }
  }

  /** The paper with exactly this title, ignoring case and spacing. */
  public java.util.Optional<Paper> byExactTitle(String title) {
    List<Hit<Paper>> hits =
        papers(new TermQuery(new Term(Fields.TITLE_EXACT, exactTitle(title))), 1);
    return hits.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(hits.get(0).item());
  }

  private static String exactTitle(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  /** Papers first submitted within [from, to], both inclusive. */
  public List<Paper> publishedBetween(LocalDate from, LocalDate to) {
    // What the range query on the paper documents finds, in the order it finds it (equal scores,
    // so document order), without its weights, scorers and stored-field reads.
    long first = from.toEpochDay();
    long last = to.toEpochDay();
    List<Paper> out = new ArrayList<>();
    for (Paper p : papersInDocOrder) {
      long day = p.published().toEpochDay();
      if (day >= first && day <= last) {
        out.add(p);
      }
    }
    return out;
  }

  private List<Hit<Paper>> papers(Query query, int n) {
    try {
      TopDocs top = searcher.search(query, Math.max(1, n));
      StoredFields stored = searcher.storedFields();
      List<Hit<Paper>> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        String id = stored.document(sd.doc).get(Fields.ID);
        corpus.byId(id).ifPresent(p -> out.add(new Hit<>(p, sd.score)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("paper search failed", e);
    }
  }

  private static Query idFilter(Set<String> ids) {
    Set<BytesRef> refs = new LinkedHashSet<>();
    for (String id : ids) {
      refs.add(new BytesRef(id));
    }
    return new TermInSetQuery(Fields.ID, refs);
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }
}
