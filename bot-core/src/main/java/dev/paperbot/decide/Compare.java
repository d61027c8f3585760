package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Answer.Comparison.Difference;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two papers side by side. The differences are mined from the abstracts: a quantity followed by
 * what it counts ("671B total parameters", "14.8 trillion ... tokens") is matched to the same noun
 * in the other abstract, plus the dates.
 */
final class Compare {
  private Compare() {}

  private static final Pattern QUANTITY =
      Pattern.compile(
          "(\\d[\\d,.]*\\s?(?:[KMBT]\\b|trillion|billion|million|%|x\\b|times)?)\\s+((?:[A-Za-z-]+\\s+){0,2}?(?:parameters|tokens|GPUs|GPU hours|languages|context|experts))");
  private static final Pattern CONTEXT =
      Pattern.compile("context length (?:of |from \\S+ to )?(\\d+K)");

  static Answer compare(Paper a, Paper b, PaperIndex index) {
    List<Difference> diffs = new ArrayList<>();
    diffs.add(
        new Difference(
            "first submitted",
            Answerer.DAY.format(a.published()),
            Answerer.DAY.format(b.published())));
    Map<String, String> qa = quantities(a.abstractText());
    Map<String, String> qb = quantities(b.abstractText());
    for (Map.Entry<String, String> e : qa.entrySet()) {
      String other = qb.get(e.getKey());
      if (other != null && !other.equals(e.getValue())) {
        diffs.add(new Difference(e.getKey(), e.getValue(), other));
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(lead(a, index));
    evidence.add(lead(b, index));
    String older = a.published().isBefore(b.published()) ? a.title() : b.title();
    return new Answer.Comparison(
        shortName(a)
            + " vs "
            + shortName(b)
            + ": "
            + shortName(older.equals(a.title()) ? a : b)
            + " came first.",
        a,
        b,
        diffs,
        evidence,
        0.8);
  }

  /** "aspect" → "value" for each quantity an abstract states. */
  static Map<String, String> quantities(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      // "a context length of 128K tokens" is a context length, not a token count.
      if (text.substring(Math.max(0, m.start() - 20), m.start()).contains("length")) {
        continue;
      }
      String aspect = m.group(2).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
      out.putIfAbsent(aspect, m.group(1).strip());
    }
    Matcher c = CONTEXT.matcher(text);
    if (c.find()) {
      out.putIfAbsent("context length", c.group(1));
    }
    return out;
  }

  static Evidence lead(Paper p, PaperIndex index) {
    List<Passage> passages = index.passages(p.id());
    for (Passage s : passages) {
      if (s.text().matches("(?i).*\\bwe (present|introduce|propose)\\b.*")) {
        return Answerer.evidence(s, Terms.terms(shortName(p)));
      }
    }
    return Answerer.evidence(passages.get(0), Terms.terms(shortName(p)));
  }

  static String shortName(Paper p) {
    int colon = p.title().indexOf(':');
    return colon > 0 ? p.title().substring(0, colon) : p.title();
  }
}
