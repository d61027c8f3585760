package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LaTeX of arXiv abstracts, as the plain text chat shows. */
class LatexTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          miniF2F benchmark ($63.5\\%$) and          | miniF2F benchmark (63.5%) and
          Our implementation of DQ3\\_K\\_M is released | Our implementation of DQ3_K_M is released
          segmenting the experts into $mN$ ones      | segmenting the experts into mN ones
          isolating $K_s$ experts as shared ones     | isolating K_s experts as shared ones
          costs $5 and $10 each                      | costs 5 and 10 each
          no markup at all                           | no markup at all
          """)
  void inlineMathAndEscapesBecomePlainText(String latex, String plain) {
    assertEquals(plain, Latex.plain(latex));
  }
}
