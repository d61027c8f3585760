package dev.paperbot.data;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the corpus types in capitals ("AIME", "IMO", "MMLU"), written to {@code
 * src/main/resources/paperbot/names.txt} for the bot's analyzer, which leaves them unstemmed: they
 * are names, and a stemmer would make the benchmark AIME the word "aim".
 */
final class NamesFile {
  private NamesFile() {}

  static final String RESOURCE = "/paperbot/names.txt";
  static final String PATH_IN_MODULE = "src/main/resources" + RESOURCE;

  static final String HEADER =
      """
      # Generated file: do not edit. Words of three letters or more that the titles or abstracts type in capitals somewhere.
      # Regenerate from the repository root: mvn -q -pl index-data compile exec:java
      # The bot's analyzer does not stem them (AIME is no "aim"). One lower-cased word a line, sorted.
      """;

  // A word of letters alone, in capitals, standing free ("AIME", not "DQ3_K_M" or "MoE").
  private static final Pattern CAPITALS = Pattern.compile("(?<![\\w-])[A-Z]{3,}(?![\\w-])");

  static SortedSet<String> names(List<Paper> papers) {
    SortedSet<String> out = new TreeSet<>();
    for (Paper p : papers) {
      for (String text : new String[] {p.title(), p.abstractText()}) {
        if (text == null) {
          continue;
        }
        Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
          out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return out;
  }

  static String write(List<Paper> papers) {
    StringBuilder text = new StringBuilder(HEADER);
    for (String name : names(papers)) {
      text.append(name).append('\n');
    }
    return text.toString();
  }
}
