package dev.paperbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTokenTest {

  @Test
  void aQuestionTokenSurvivesTheButtonValueRoundTrip() {
    PageToken token = PageToken.question("papers on\nMoE | routing", "C1:1700.01").at(20);

    assertEquals(Optional.of(token), PageToken.decode(token.encode()));
  }

  @Test
  void aValueThisVersionDidNotWriteIsRejected() {
    assertEquals(Optional.empty(), PageToken.decode("p0\nLIST\n10\n\n"));
    assertEquals(Optional.empty(), PageToken.decode("p1\nLIST\n-3\n\n"));
    assertEquals(Optional.empty(), PageToken.decode("garbage"));
    assertEquals(Optional.empty(), PageToken.decode(null));
  }
}
