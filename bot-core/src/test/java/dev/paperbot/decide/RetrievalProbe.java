package dev.paperbot.decide;

import dev.paperbot.retrieve.Retriever;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Interpretation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Development aid: prints what retrieval sees for each question of a file (one per line). */
final class RetrievalProbe {
  public static void main(String[] args) throws Exception {
    try (Answerer a = Answerer.open(null, Duration.ofMinutes(5), Clock.systemUTC())) {
      for (String line : Files.readAllLines(Path.of(args[0]))) {
        Interpretation q = a.interpreter().interpret(line);
        List<Retriever.Candidate> cs = a.retriever().sentences(q.thing(), null, Tuning.TOP_K);
        System.out.println(
            "Q "
                + line
                + "\n  sig="
                + q.signals()
                + " thing="
                + q.thing()
                + " rest="
                + q.rest()
                + " focus="
                + q.focus()
                + " rule="
                + IntentRules.firing(a.read(q, "probe")).name()
                + " family="
                + a.read(q, "probe").family()
                + "/"
                + a.read(q, "probe").familyTopic()
                + " refs="
                + q.refs().stream().map(r -> r.paper().id()).toList());
        for (Retriever.Candidate c : Retriever.bestPerPaper(cs).stream().limit(3).toList()) {
          System.out.printf(
              "  %.2f %.2f %s %s %s%n",
              c.coverage(),
              c.inSentence(),
              c.paper().id(),
              c.matched(),
              c.passage().text().substring(0, Math.min(90, c.passage().text().length())));
        }
      }
    }
  }
}
