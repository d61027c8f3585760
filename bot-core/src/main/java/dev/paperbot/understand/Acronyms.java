package dev.paperbot.understand;

import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mines acronyms and their expansions from the abstracts themselves, so that "MLA" and "Multi-head
 * Latent Attention" are one thing without anyone listing them. Two shapes:
 *
 * <ul>
 *   <li>{@code Multi-head Latent Attention (MLA)}: a long form, then the short form in parentheses
 *       (after Schwartz and Hearst, 2003, but matching word initials only, which is stricter);
 *   <li>{@code NSA, a Natively trainable Sparse Attention mechanism}: the short form, then its
 *       expansion as an appositive.
 * </ul>
 */
public final class Acronyms {

  /** One definition found in a sentence. */
  public record Acronym(
      String shortForm,
      String longForm,
      String shortTerm,
      List<String> longTerms,
      Passage source) {}

  private static final Pattern PAREN = Pattern.compile("\\(([A-Za-z][A-Za-z0-9-]{0,9})\\)");
  private static final Pattern APPOSITIVE =
      Pattern.compile("\\b([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*), an? ((?:[\\w-]+ ){1,8}[\\w-]+)");
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "and", "for", "a", "an", "in", "on", "to", "with", "via", "from", "by");

  private final List<Acronym> all;
  // Positions in `all` by short term and by each long-form term: a question consults the few
  // definitions that share a word with it, not the thousands a large corpus holds.
  private final Map<String, int[]> byTerm;

  private Acronyms(List<Acronym> all) {
    this.all = List.copyOf(all);
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < this.all.size(); i++) {
      Acronym a = this.all.get(i);
      Set<String> terms = new LinkedHashSet<>(a.longTerms());
      terms.add(a.shortTerm());
      for (String t : terms) {
        positions.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> index = new HashMap<>();
    positions.forEach((t, at) -> index.put(t, at.stream().mapToInt(Integer::intValue).toArray()));
    this.byTerm = Map.copyOf(index);
  }

  public static Acronyms mine(Collection<Passage> passages) {
    List<Acronym> out = new ArrayList<>();
    for (Passage p : passages) {
      Matcher m = PAREN.matcher(p.text());
      while (m.find()) {
        String shortForm = m.group(1);
        String letters = letters(shortForm);
        if (letters.length() < 2 || uppercaseCount(shortForm) < 2) {
          continue;
        }
        List<String> words = words(p.text().substring(0, m.start()));
        String longForm = matchBackward(words, letters);
        if (longForm != null) {
          out.add(acronym(shortForm, longForm, p));
        }
      }
      Matcher a = APPOSITIVE.matcher(p.text());
      while (a.find()) {
        String shortForm = a.group(1);
        String letters = letters(shortForm);
        if (letters.length() < 2) {
          continue;
        }
        String longForm = matchForward(words(a.group(2)), letters);
        if (longForm != null) {
          out.add(acronym(shortForm, longForm, p));
        }
      }
    }
    return new Acronyms(out);
  }

  public List<Acronym> all() {
    return all;
  }

  /** Definitions whose short term or some long-form term is among these terms, in mined order. */
  public List<Acronym> touching(Collection<String> terms) {
    java.util.BitSet at = new java.util.BitSet(all.size());
    for (String t : terms) {
      for (int i : byTerm.getOrDefault(t, new int[0])) {
        at.set(i);
      }
    }
    List<Acronym> out = new ArrayList<>(at.cardinality());
    at.stream().forEach(i -> out.add(all.get(i)));
    return out;
  }

  /** Definitions whose short form is this term, or whose long form is exactly these terms. */
  public List<Acronym> matching(List<String> terms) {
    List<Acronym> out = new ArrayList<>();
    for (Acronym a : touching(terms)) {
      if ((terms.size() == 1 && terms.get(0).equals(a.shortTerm()))
          || terms.equals(a.longTerms())) {
        out.add(a);
      }
    }
    return out;
  }

  private static Acronym acronym(String shortForm, String longForm, Passage p) {
    List<String> shortTerms = Terms.terms(shortForm);
    return new Acronym(
        shortForm,
        longForm,
        shortTerms.isEmpty() ? shortForm.toLowerCase(Locale.ROOT) : shortTerms.get(0),
        Terms.terms(longForm),
        p);
  }

  /** Letters of a short form, lower-cased, a plural "s" dropped (LLMs → llm). */
  private static String letters(String shortForm) {
    String s = shortForm;
    if (s.length() > 2 && s.endsWith("s") && Character.isUpperCase(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1);
    }
    return s.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
  }

  private static int uppercaseCount(String s) {
    return (int) s.chars().filter(Character::isUpperCase).count();
  }

  /** Words split on spaces and hyphens; a part after a hyphen is marked by a leading '-'. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      String[] parts = w.split("-");
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].isEmpty()) {
          out.add(i == 0 ? parts[i] : "-" + parts[i]);
        }
      }
    }
    return out;
  }

  /** The shortest run of words ending just before the parenthesis whose initials spell it. */
  private static String matchBackward(List<String> words, String letters) {
    int maxWords = Math.min(words.size(), letters.length() + 4);
    for (int start = words.size() - 1; start >= words.size() - maxWords; start--) {
      List<String> run = words.subList(start, words.size());
      if (initialsSpell(run, letters)) {
        return join(run);
      }
    }
    return null;
  }

  /** The shortest run of words from the start whose initials spell it. */
  private static String matchForward(List<String> words, String letters) {
    for (int end = 1; end <= words.size(); end++) {
      List<String> run = words.subList(0, end);
      if (initialsSpell(run, letters)) {
        return join(run);
      }
    }
    return null;
  }

  /**
   * True when each letter matches the initial of a word in order, the first and last words are
   * matched, and only function words, hyphen parts and at most one other word are skipped.
   */
  private static boolean initialsSpell(List<String> run, String letters) {
    if (run.isEmpty() || !initial(run.get(0)).equals(letters.substring(0, 1))) {
      return false;
    }
    int li = 0;
    int freeSkips = 1;
    for (int i = 0; i < run.size(); i++) {
      String w = run.get(i);
      String bare = w.startsWith("-") ? w.substring(1) : w;
      if (bare.isEmpty() || !Character.isLetterOrDigit(bare.charAt(0))) {
        return false;
      }
      if (li < letters.length() && initial(w).equals(letters.substring(li, li + 1))) {
        li++;
        continue;
      }
      boolean last = i == run.size() - 1;
      if (last) {
        return false;
      }
      if (w.startsWith("-") || FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (freeSkips-- <= 0) {
        return false;
      }
    }
    return li == letters.length();
  }

  private static String initial(String w) {
    String bare = w.startsWith("-") ? w.substring(1) : w;
    return bare.isEmpty() ? "" : bare.substring(0, 1).toLowerCase(Locale.ROOT);
  }

  private static String join(List<String> run) {
    StringBuilder sb = new StringBuilder();
    for (String w : run) {
      if (w.startsWith("-")) {
        sb.append(w);
      } else {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w);
      }
    }
    return sb.toString().replaceAll("^[(\\[]+", "");
  }
}
