package dev.paperbot.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The question-framing vocabulary, loaded from resources so that cues are data, not code: the
 * intent rules ({@code intent-rules.tsv}) and the frame words ({@code frame-words.txt}).
 */
public final class Lexicon {

  /**
   * One cue. {@code starts}: the texts a match can begin with ({@link Cues}), when the regex says;
   * a question holding none of them skips the regex, which is most of the cost of reading a
   * question.
   */
  private record Rule(
      Signal signal, Pattern pattern, Optional<List<Cues.Start>> starts, Cues.Need needs) {
    static Rule of(Signal signal, String regex) {
      return new Rule(signal, Pattern.compile(regex), Cues.starts(regex), Cues.needs(regex));
    }

    /** True when the question holds what a match must start with and what it must hold. */
    boolean mayMatch(Cues.Read q) {
      return needs.heldBy(q) && (starts.isEmpty() || Cues.mayMatch(starts.get(), q.text()));
    }

    boolean matches(Cues.Read q) {
      return mayMatch(q) && pattern.matcher(q.text()).find();
    }

    /** The regex alone, for tests that the shortcut changes nothing. */
    boolean matchesWithoutShortcut(String lowerQuestion) {
      return pattern.matcher(lowerQuestion).find();
    }
  }

  private static final Pattern WORD = Pattern.compile("[a-z]{2,}");

  private final List<Rule> rules;
  private final Set<String> frameWords;
  private final Set<String> frameTerms;
  private final Set<String> cueWords;
  private final Set<String> cueTerms;
  private final Set<String> english;

  /** A frame phrase and the texts it can start with, as for a cue. */
  private record Phrase(Pattern pattern, Optional<List<Cues.Start>> starts, Cues.Need needs) {
    boolean mayMatch(Cues.Read q) {
      return needs.heldBy(q) && (starts.isEmpty() || Cues.mayMatch(starts.get(), q.text()));
    }
  }

  private final List<Phrase> framePhrases;
  private final java.util.Map<String, String> chatWords;
  private final Set<String> dateTerms;

  private Lexicon(
      List<Rule> rules,
      Set<String> frameWords,
      Set<String> cueWords,
      Set<String> english,
      List<Pattern> framePhrases,
      java.util.Map<String, String> chatWords,
      Set<String> dateWords) {
    this.rules = List.copyOf(rules);
    this.dateTerms = termsOf(dateWords);
    this.chatWords = java.util.Map.copyOf(chatWords);
    // Read like cues: a phrase whose first words the question lacks is not run.
    this.framePhrases =
        framePhrases.stream()
            .map(p -> new Phrase(p, Cues.starts(p.pattern()), Cues.needs(p.pattern())))
            .toList();
    this.frameWords = Set.copyOf(frameWords);
    this.frameTerms = termsOf(frameWords);
    this.cueWords = Set.copyOf(cueWords);
    this.cueTerms = termsOf(cueWords);
    this.english = english;
  }

  /** The index terms of words, as questions and abstracts are analysed. */
  private static Set<String> termsOf(Set<String> words) {
    Set<String> terms = new HashSet<>();
    for (String w : words) {
      String t = dev.paperbot.retrieve.Terms.termOf(w);
      if (t != null) {
        terms.add(t);
      }
    }
    return Set.copyOf(terms);
  }

  /** The lexicon shipped with PaperBot. */
  public static Lexicon load() {
    List<Rule> rules = new ArrayList<>();
    Set<String> cueWords = new HashSet<>();
    for (String line : lines("intent-rules.tsv")) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException("intent-rules.tsv: no tab in rule: " + line);
      }
      Signal signal = Signal.valueOf(line.substring(0, tab).strip());
      String regex = line.substring(tab + 1);
      try {
        rules.add(Rule.of(signal, regex));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("intent-rules.tsv: bad regex for " + signal, e);
      }
      // Words the rules spell out are words users type: spelling correction may aim at them.
      Matcher m = WORD.matcher(regex.replaceAll("\\\\[a-z]", " "));
      while (m.find()) {
        cueWords.add(m.group());
      }
    }
    Set<String> frame = new HashSet<>(lines("frame-words.txt"));
    cueWords.addAll(frame);
    List<Pattern> phrases = new ArrayList<>();
    for (String line : lines("frame-phrases.txt")) {
      try {
        phrases.add(Pattern.compile(line));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("frame-phrases.txt: bad regex: " + line, e);
      }
    }
    java.util.Map<String, String> chat = new java.util.HashMap<>();
    for (String line : lines("chat-words.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("chat-words.tsv: not typed<TAB>meant: " + line);
      }
      chat.put(cols[0].strip(), cols[1].strip());
    }
    return new Lexicon(
        rules,
        frame,
        cueWords,
        Set.copyOf(lines("english-words.txt")),
        phrases,
        chat,
        Set.copyOf(lines("date-words.txt")));
  }

  /**
   * True for a word of English: never a typo, whatever corpus word it resembles ("look" is not
   * "lookup", "put" is not "putnambench").
   */
  public boolean isEnglish(String word) {
    return english.contains(word);
  }

  /** Every signal the rules find in a cleaned, lower-cased question. */
  public EnumSet<Signal> signals(String lowerQuestion) {
    EnumSet<Signal> out = EnumSet.noneOf(Signal.class);
    Cues.Read q = new Cues.Read(lowerQuestion);
    for (Rule r : rules) {
      if (!out.contains(r.signal()) && r.matches(q)) {
        out.add(r.signal());
      }
    }
    return out;
  }

  /**
   * The index terms of the text the signal's cues match in a cleaned, lower-cased question: the
   * words that asked for it ("new" of "a new attention mechanism"), which are not its topic.
   */
  public Set<String> cueTermsOf(Signal signal, String lowerQuestion) {
    Set<String> out = new HashSet<>();
    Cues.Read q = new Cues.Read(lowerQuestion);
    for (Rule r : rules) {
      if (r.signal() == signal && r.mayMatch(q)) {
        Matcher m = r.pattern().matcher(lowerQuestion);
        while (m.find()) {
          out.addAll(dev.paperbot.retrieve.Terms.terms(m.group()));
        }
      }
    }
    return out;
  }

  /** {@link #signals} without skipping any regex: what the shortcut must always agree with. */
  EnumSet<Signal> signalsByRegexAlone(String lowerQuestion) {
    EnumSet<Signal> out = EnumSet.noneOf(Signal.class);
    for (Rule r : rules) {
      if (r.matchesWithoutShortcut(lowerQuestion)) {
        out.add(r.signal());
      }
    }
    return out;
  }

  /** True for words that frame a question ("which", "paper", "introduced"). */
  public boolean isFrameWord(String surface) {
    return frameWords.contains(surface);
  }

  /** True for index terms of frame words: "described" frames a question as "describe" does. */
  public boolean isFrameTerm(String term) {
    return frameTerms.contains(term);
  }

  /** True for index terms of the words the cues spell out ("outside", "third", "party"). */
  public boolean isCueTerm(String term) {
    return cueTerms.contains(term);
  }

  /**
   * The spans of a cleaned, lower-cased question that frame it ("lean heavily on", "in some way"),
   * as [start, end) pairs in question order.
   */
  public List<int[]> framePhrases(String lowerQuestion) {
    List<int[]> out = new ArrayList<>();
    Cues.Read q = new Cues.Read(lowerQuestion);
    for (Phrase phrase : framePhrases) {
      if (phrase.mayMatch(q)) {
        Matcher m = phrase.pattern().matcher(lowerQuestion);
        while (m.find()) {
          out.add(new int[] {m.start(), m.end()});
        }
      }
    }
    return out;
  }

  /** True for the index term of a word dates are said in ("half", "summer", "dropped"). */
  public boolean isDateTerm(String term) {
    return dateTerms.contains(term);
  }

  /** The word a chat spelling stands for ("wat" is "what", "hw" is "hardware"), or null. */
  public String chatWord(String typed) {
    return chatWords.get(typed);
  }

  /** Words of the question frame and cues, for spelling correction. */
  public Set<String> cueWords() {
    return cueWords;
  }

  private static List<String> lines(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + name);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(
                line.strip().toLowerCase(Locale.ROOT).equals(line.strip()) ? line.strip() : line);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + name, e);
    }
  }
}
