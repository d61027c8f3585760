package dev.paperbot.decide;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the arXiv id out of a link a user pasted (abstract page, PDF, versioned or not). */
final class Links {

  // arxiv.org/abs/ID, arxiv.org/pdf/ID, arxiv.org/pdf/ID.pdf, with or without vN and a scheme.
  private static final Pattern ARXIV =
      Pattern.compile(
          "(?i)^(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$");

  private Links() {}

  static Optional<String> arxivId(String url) {
    if (url == null || url.length() > 300) {
      return Optional.empty();
    }
    Matcher m = ARXIV.matcher(url.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
