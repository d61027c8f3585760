package dev.paperbot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.paperbot.Paper;
import dev.paperbot.corpus.Corpus;
import dev.paperbot.corpus.Sentences;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A corpus of {@code n} papers for scaling benchmarks: the real papers, then papers recombined from
 * the real abstracts' sentences, each presenting a made-up method with a made-up acronym ("we
 * present Velkor Routing (VKR), a ..."), so names, acronyms and vocabulary grow with the corpus as
 * they would with real papers. Seeded: the same {@code n} gives the same corpus.
 */
final class SyntheticCorpus {
  private SyntheticCorpus() {}

  private static final String[] SYLLABLES = {
    "vel", "kor", "zan", "tri", "mo", "qua", "rex", "li", "dor", "sen", "pha", "nyx", "bru", "cal",
    "fen", "gor", "hul", "ix", "jun", "kel"
  };
  private static final String[] HEADS = {
    "Attention",
    "Routing",
    "Decoding",
    "Alignment",
    "Retrieval",
    "Quantization",
    "Memory",
    "Scheduling",
    "Distillation",
    "Tokenization",
    "Sparsity",
    "Parallelism"
  };

  /** Writes the corpus as corpus.json to {@code file}; returns the number of papers written. */
  static int write(Corpus real, int n, long seed, Path file) throws IOException {
    Random random = new Random(seed);
    List<Paper> base = real.papers();
    List<String> sentences = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    for (Paper p : base) {
      sentences.addAll(Sentences.split(p.abstractText()));
      authors.addAll(p.authors());
    }
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartArray();
      int written = 0;
      for (Paper p : base) {
        if (written++ >= n) {
          break;
        }
        paper(json, p.id(), p.title(), p.authors(), p.published(), p.abstractText());
      }
      for (int i = written; i < n; i++) {
        String name = word(random) + " " + HEADS[random.nextInt(HEADS.length)];
        String acronym = acronym(name, i);
        StringBuilder abs =
            new StringBuilder("We present ")
                .append(name)
                .append(" (")
                .append(acronym)
                .append("), a method for ")
                .append(HEADS[random.nextInt(HEADS.length)].toLowerCase(Locale.ROOT))
                .append(" in large language models.");
        int count = 4 + random.nextInt(6);
        for (int k = 0; k < count; k++) {
          abs.append(' ').append(sentences.get(random.nextInt(sentences.size())));
        }
        String title = acronym + ": " + base.get(random.nextInt(base.size())).title();
        List<String> by = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
          by.add(authors.get(random.nextInt(authors.size())));
        }
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(6 * 365));
        String id =
            String.format(
                Locale.ROOT, "%02d%02d.%05d", 90 + i / 900_000, 1 + (i / 90_000) % 12, i % 90_000);
        paper(json, id, title, by, date, abs.toString());
      }
      json.writeEndArray();
      return Math.max(n, 0);
    }
  }

  private static String word(Random random) {
    String w =
        SYLLABLES[random.nextInt(SYLLABLES.length)]
            + SYLLABLES[random.nextInt(SYLLABLES.length)]
            + SYLLABLES[random.nextInt(SYLLABLES.length)];
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** Initials plus a number, so every synthetic acronym is distinct. */
  private static String acronym(String name, int i) {
    StringBuilder sb = new StringBuilder();
    for (String part : name.split(" ")) {
      sb.append(Character.toUpperCase(part.charAt(0)));
      sb.append(Character.toUpperCase(part.charAt(part.length() - 1)));
    }
    return sb.append(i).toString();
  }

  private static void paper(
      JsonGenerator json, String id, String title, List<String> authors, LocalDate date, String abs)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeStringField("title", title);
    json.writeArrayFieldStart("authors");
    for (String a : authors) {
      json.writeString(a);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("affiliations");
    json.writeEndArray();
    json.writeStringField("published", date.toString());
    json.writeStringField("abstract", abs);
    json.writeNullField("arxivUrl");
    json.writeNullField("pdfUrl");
    json.writeNullField("codeUrl");
    json.writeEndObject();
  }
}
