package dev.paperbot.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns listing entries, hand-written records and facts into the corpus.
 *
 * <p>Entries with the same abstract are one paper. A paper needs a facts row: that row gives the
 * arXiv id (listings have none) and overrules the listing's title, authors, date and code link,
 * each disagreement becoming a {@link Correction}. Titled papers find their row by title; the
 * abstract-only ones then compete, via {@link TitleMatcher}, for the rows no titled paper claimed.
 */
final class PaperAssembler {

  /** A hand-written record and the file it came from. */
  record HandWritten(String file, Paper paper) {}

  private final Map<String, Fact> factsByTitle = new HashMap<>();
  private final List<Fact> facts;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<Correction> corrections = new LinkedHashSet<>();

  PaperAssembler(List<Fact> facts) {
    this.facts = List.copyOf(facts);
    facts.forEach(f -> factsByTitle.put(Titles.normalize(f.title()), f));
  }

  Corpus assemble(List<ListingEntry> entries, List<HandWritten> handWritten) {
    Map<String, List<ListingEntry>> groups = new LinkedHashMap<>();
    entries.forEach(e -> groups.computeIfAbsent(e.abstractKey(), k -> new ArrayList<>()).add(e));

    Map<Fact, List<ListingEntry>> claimed = new LinkedHashMap<>();
    List<List<ListingEntry>> abstractOnly = new ArrayList<>();
    for (List<ListingEntry> group : groups.values()) {
      List<ListingEntry> titled = group.stream().filter(e -> e.byline() != null).toList();
      if (titled.isEmpty()) {
        abstractOnly.add(group);
      } else {
        factForTitle(titled.get(0)).ifPresent(fact -> claim(claimed, fact, group));
      }
    }
    Set<String> handIds = new HashSet<>();
    handWritten.forEach(h -> handIds.add(h.paper().id()));
    List<Fact> unclaimed =
        facts.stream().filter(f -> !claimed.containsKey(f) && !handIds.contains(f.id())).toList();
    matchAbstracts(abstractOnly, unclaimed, claimed);

    Map<String, Paper> papers = new HashMap<>();
    claimed.forEach((fact, group) -> papers.put(fact.id(), fromListing(fact, group)));
    for (HandWritten h : handWritten) {
      if (papers.containsKey(h.paper().id())) {
        problems.add(
            new Problem(
                h.file(),
                0,
                h.paper().id()
                    + " is already in the corpus (from a listing or another record); record ignored"));
      } else {
        papers.put(h.paper().id(), fromHandWritten(h.paper()));
      }
    }
    for (Fact fact : facts) {
      if (!papers.containsKey(fact.id())) {
        problems.add(
            new Problem(
                FactsFile.NAME,
                fact.line(),
                "no listing entry or papers/ record describes "
                    + fact.id()
                    + " \""
                    + fact.title()
                    + "\""));
      }
    }
    List<Correction> sortedCorrections =
        corrections.stream()
            .sorted(Comparator.comparing(Correction::paperId).thenComparing(Correction::field))
            .toList();
    return new Corpus(
        papers.values().stream().sorted(Comparator.comparing(Paper::id)).toList(),
        sortedCorrections,
        problems);
  }

  private Optional<Fact> factForTitle(ListingEntry entry) {
    String title = entry.byline().title();
    Fact exact = factsByTitle.get(Titles.normalize(title));
    if (exact != null) {
      return Optional.of(exact);
    }
    // A listing may spell a title slightly differently; accept only a near-identical one.
    Optional<Fact> close = TitleMatcher.closestTitle(title, facts);
    if (close.isEmpty()) {
      problems.add(
          new Problem(
              entry.file(),
              entry.line(),
              "\""
                  + title
                  + "\" has no row in "
                  + FactsFile.NAME
                  + "; add one (it carries the arXiv id); entry skipped"));
    }
    return close;
  }

  private void claim(Map<Fact, List<ListingEntry>> claimed, Fact fact, List<ListingEntry> group) {
    List<ListingEntry> previous = claimed.putIfAbsent(fact, group);
    if (previous != null) {
      ListingEntry first = group.get(0);
      problems.add(
          new Problem(
              first.file(),
              first.line(),
              fact.id()
                  + " is also claimed by the entry at "
                  + previous.get(0).file()
                  + ":"
                  + previous.get(0).line()
                  + " with a different abstract; entry skipped"));
    }
  }

  /** Each abstract-only paper takes its best unclaimed row, unless another one wants it too. */
  private void matchAbstracts(
      List<List<ListingEntry>> abstractOnly,
      List<Fact> unclaimed,
      Map<Fact, List<ListingEntry>> claimed) {
    Map<Fact, List<List<ListingEntry>>> wanted = new LinkedHashMap<>();
    for (List<ListingEntry> group : abstractOnly) {
      ListingEntry first = group.get(0);
      switch (TitleMatcher.match(first.abstractText(), unclaimed)) {
        case TitleMatcher.Matched m ->
            wanted.computeIfAbsent(m.fact(), f -> new ArrayList<>()).add(group);
        case TitleMatcher.Unmatched u ->
            problems.add(
                new Problem(
                    first.file(),
                    first.line(),
                    "abstract-only entry matches no paper: " + u.reason() + "; entry skipped"));
      }
    }
    wanted.forEach(
        (fact, groups) -> {
          if (groups.size() == 1) {
            claimed.put(fact, groups.get(0));
          } else {
            for (List<ListingEntry> group : groups) {
              problems.add(
                  new Problem(
                      group.get(0).file(),
                      group.get(0).line(),
                      groups.size()
                          + " abstract-only entries all fit "
                          + fact.id()
                          + "; add titles to tell them apart; entry skipped"));
            }
          }
        });
  }

  private Paper fromListing(Fact fact, List<ListingEntry> group) {
    String category = null;
    Set<String> affiliations = new LinkedHashSet<>();
    for (ListingEntry entry : group) {
      Header header = entry.header();
      if (header != null) {
        if (category == null) {
          category = header.category();
        } else if (!category.equals(header.category())) {
          problems.add(
              new Problem(
                  entry.file(),
                  entry.line(),
                  fact.id()
                      + " is listed as "
                      + header.category()
                      + " here but "
                      + category
                      + " elsewhere; keeping "
                      + category));
        }
        correctHeader(fact, header);
      }
      Byline byline = entry.byline();
      if (byline != null) {
        affiliations.addAll(byline.affiliations());
        correctByline(fact, byline);
      }
    }
    return new Paper(
        fact.id(),
        fact.title(),
        fact.authors(),
        List.copyOf(affiliations),
        fact.submitted(),
        category,
        Latex.plain(group.get(0).abstractText()),
        Paper.arxivUrlOf(fact.id()),
        Paper.pdfUrlOf(fact.id()),
        fact.codeUrl());
  }

  private void correctHeader(Fact fact, Header header) {
    if (!header.date().map(fact.submitted()::equals).orElse(false)) {
      corrections.add(
          new Correction(
              fact.id(), "published", header.dateForReport(), fact.submitted().toString()));
    }
    if (header.hasCode() && fact.codeUrl() == null) {
      corrections.add(new Correction(fact.id(), "codeUrl", "Code", null));
    }
  }

  private void correctByline(Fact fact, Byline byline) {
    if (!byline.title().equals(fact.title())) {
      corrections.add(new Correction(fact.id(), "title", byline.title(), fact.title()));
    }
    // The listing shows the first few authors then "et al."; compare as many as both know.
    int known = Math.min(byline.authors().size(), fact.authors().size());
    if (!byline.authors().subList(0, known).equals(fact.authors().subList(0, known))) {
      corrections.add(
          new Correction(
              fact.id(),
              "authors",
              String.join("; ", byline.authors()),
              String.join("; ", fact.authors())));
    }
  }

  /** Hand-written records are trusted, except where a facts row for the same id says otherwise. */
  private Paper fromHandWritten(Paper paper) {
    Fact fact = facts.stream().filter(f -> f.id().equals(paper.id())).findFirst().orElse(null);
    if (fact == null) {
      return withCanonicalUrls(paper);
    }
    check(paper.id(), "title", paper.title(), fact.title());
    check(
        paper.id(),
        "authors",
        String.join("; ", paper.authors()),
        String.join("; ", fact.authors()));
    check(paper.id(), "published", paper.published().toString(), fact.submitted().toString());
    check(paper.id(), "codeUrl", paper.codeUrl(), fact.codeUrl());
    return new Paper(
        fact.id(),
        fact.title(),
        fact.authors(),
        paper.affiliations(),
        fact.submitted(),
        paper.category(),
        paper.abstractText(),
        Paper.arxivUrlOf(fact.id()),
        Paper.pdfUrlOf(fact.id()),
        fact.codeUrl());
  }

  private void check(String id, String field, String given, String fact) {
    if (!Objects.equals(given, fact)) {
      corrections.add(new Correction(id, field, given, fact));
    }
  }

  /** The two arXiv links are a function of the id, so a record cannot get them wrong. */
  private static Paper withCanonicalUrls(Paper p) {
    return new Paper(
        p.id(),
        p.title(),
        p.authors(),
        p.affiliations(),
        p.published(),
        p.category(),
        p.abstractText(),
        Paper.arxivUrlOf(p.id()),
        Paper.pdfUrlOf(p.id()),
        p.codeUrl());
  }
}
