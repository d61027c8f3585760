package dev.paperbot.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title line of a listing entry, where the scraper glued the title to the author list: {@code
 * DeepSeek-V3 Technical ReportDeepSeek-AI, Aixin Liu, Bei Feng et al. · stanford, tsinghua}.
 *
 * <p>There is no separator, so the split point is found by shape: it is a position where an
 * upper-case letter directly follows a non-space character and everything after it reads as a
 * comma-separated list of person-like names (optionally ending in {@code et al.}). Titles rarely
 * read as names because they contain colons, digits, lower-case words or camel case inside words.
 * If several split points qualify, one whose title is a known (facts) title wins, else the
 * earliest, since the author list is the longest suffix that reads as names.
 *
 * @param title the title as listed
 * @param authors the listed author names, without {@code et al.}
 * @param affiliations the affiliations after {@code ·}, possibly empty
 */
record Byline(String title, List<String> authors, List<String> affiliations) {

  private static final String AFFILIATION_SEPARATOR = " \u00b7 ";
  private static final String ET_AL = " et al.";

  /** A collective or single-word author such as {@code DeepSeek-AI}. */
  private static final Pattern MONONYM = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{L}+)*");

  /** One word of a personal name: {@code Liu}, {@code Jia-Wei}, {@code O'Neil}, {@code McKay}. */
  private static final Pattern NAME_WORD =
      Pattern.compile("(?:Mc|Mac)?\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'\u2019]\\p{Lu}?[\\p{Ll}\\p{M}]+)*");

  /** Initials such as {@code Z.Z.} or {@code J.-P.}. */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.-?)+");

  private static final Set<String> PARTICLES =
      Set.of("van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "dos", "bin");

  /**
   * Splits a title line, or returns empty when no split point leaves a list of names.
   *
   * @param knownTitles normalized titles (see {@link Titles#normalize}) that confirm a split
   */
  static Optional<Byline> parse(String line, Set<String> knownTitles) {
    String rest = line.strip();
    List<String> affiliations = List.of();
    int dot = rest.lastIndexOf(AFFILIATION_SEPARATOR);
    if (dot >= 0) {
      affiliations = splitList(rest.substring(dot + AFFILIATION_SEPARATOR.length()));
      rest = rest.substring(0, dot).strip();
    }
    boolean etAl = rest.endsWith(ET_AL);
    String body = etAl ? rest.substring(0, rest.length() - ET_AL.length()) : rest;

    Byline earliest = null;
    for (int i = 1; i < body.length(); i++) {
      if (!Character.isUpperCase(body.charAt(i)) || Character.isWhitespace(body.charAt(i - 1))) {
        continue;
      }
      Optional<List<String>> names = names(body.substring(i));
      String title = body.substring(0, i).strip();
      if (names.isEmpty() || title.chars().noneMatch(Character::isLetter)) {
        continue;
      }
      Byline candidate = new Byline(title, names.get(), affiliations);
      if (knownTitles.contains(Titles.normalize(title))) {
        return Optional.of(candidate);
      }
      if (earliest == null) {
        earliest = candidate;
      }
    }
    return Optional.ofNullable(earliest);
  }

  private static Optional<List<String>> names(String text) {
    List<String> names = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String name = part.strip();
      if (!isPersonLike(name)) {
        return Optional.empty();
      }
      names.add(name);
    }
    return Optional.of(names);
  }

  /**
   * Whether a line is evidently meant as a title line even if it does not split, so that it is
   * reported instead of being mistaken for an abstract.
   */
  static boolean looksLikeByline(String line) {
    return line.strip().endsWith(ET_AL) || line.contains(AFFILIATION_SEPARATOR);
  }

  static boolean isPersonLike(String name) {
    if (name.isEmpty() || name.contains("  ")) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length == 1) {
      return MONONYM.matcher(name).matches();
    }
    if (words.length > 5) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean inner = i > 0 && i < words.length - 1;
      boolean ok =
          NAME_WORD.matcher(word).matches()
              || INITIALS.matcher(word).matches()
              || (inner && PARTICLES.contains(word));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static List<String> splitList(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
