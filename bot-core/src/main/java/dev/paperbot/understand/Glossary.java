package dev.paperbot.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English for the Chinese words of a question, from {@code zh-en.tsv}: the abstracts are English,
 * so "混合精度训练" must reach retrieval as "mixed precision training". Longest match first; the Chinese
 * itself stays in the question for the intent cues.
 */
public final class Glossary {

  private final Map<String, String> entries;
  private final int longest;

  private Glossary(Map<String, String> entries) {
    this.entries = Map.copyOf(entries);
    this.longest = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  public static Glossary load() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = Glossary.class.getResourceAsStream("zh-en.tsv")) {
      if (in == null) {
        throw new IllegalStateException("zh-en.tsv is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (line.isBlank() || line.startsWith("#") || tab < 1) {
          continue;
        }
        map.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read zh-en.tsv", e);
    }
    return new Glossary(map);
  }

  /** The English words for the Chinese in {@code text}, in order; empty when none is known. */
  public String english(String text) {
    if (text.chars().noneMatch(c -> c >= 0x2E80)) {
      return "";
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int match = 0;
      for (int len = Math.min(longest, text.length() - i); len >= 2; len--) {
        String en = entries.get(text.substring(i, i + len));
        if (en != null) {
          out.add(en);
          match = len;
          break;
        }
      }
      i += match > 0 ? match : 1;
    }
    return String.join(" ", out);
  }
}
