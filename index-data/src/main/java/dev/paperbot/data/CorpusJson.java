package dev.paperbot.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The one place that decides how {@code corpus.json} looks, so the builder and the up-to-date test
 * produce byte-identical text: ISO dates, nulls kept (bot-core expects every field), one array
 * element per line, {@code \n} line ends on every OS and a final newline.
 */
final class CorpusJson {

  static final String RESOURCE = "/paperbot/corpus.json";
  static final String PATH_IN_MODULE = "src/main/resources" + RESOURCE;

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static final TypeReference<List<Paper>> PAPERS = new TypeReference<>() {};

  private CorpusJson() {}

  static String write(List<Paper> papers) {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(lf);
    printer.indentArraysWith(lf);
    try {
      return MAPPER.writer(printer).writeValueAsString(papers) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Paper record could not be serialized", e);
    }
  }

  static List<Paper> read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, PAPERS);
  }
}
