package dev.paperbot.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table index-data generates beside the corpus: {@code word<TAB>word word ...} lines, comments
 * after {@code #}. Read as typed; callers turn the words into index terms as they need them.
 */
final class WordTable {
  private WordTable() {}

  /** Each line's first word and the words after its tab; empty when the resource is absent. */
  static Map<String, List<String>> read(String resource) {
    try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab >= 0) {
          out.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(" ")));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
