package dev.paperbot.ops;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every answer leaves behind: {@code paperbot_answers_total{kind,found}}, the latency
 * histogram {@code paperbot_answer_latency_seconds}, and one INFO line (kind, found, latency, cited
 * papers). The question text is user data, so it is logged at DEBUG only.
 */
public final class AnswerMetrics {

  private static final Logger log = LoggerFactory.getLogger("dev.paperbot.answers");

  private final MeterRegistry meters;
  private final Timer latency;

  public AnswerMetrics(MeterRegistry meters) {
    this.meters = meters;
    this.latency =
        Timer.builder("paperbot.answer.latency")
            .description("Time to answer one question")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(meters);
  }

  /** Records one answer that took {@code nanos}. Never throws on any answer. */
  public void answered(Question question, Answer answer, long nanos) {
    String kind = answer.kind().label();
    Counter.builder("paperbot.answers")
        .description("Answers given, by kind and whether the paper set could answer")
        .tag("kind", kind)
        .tag("found", Boolean.toString(answer.found()))
        .register(meters)
        .increment();
    latency.record(Duration.ofNanos(nanos));
    if (log.isInfoEnabled()) {
      String latencyMs = String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
      String papers = answer.papers().stream().map(Paper::id).collect(Collectors.joining(","));
      // The values twice: readable in the text line, and as fields for LOG_FORMAT=json.
      log.atInfo()
          .addKeyValue("kind", kind)
          .addKeyValue("found", answer.found())
          .addKeyValue("latency_ms", latencyMs)
          .addKeyValue("papers", papers)
          .log(
              "answer kind={} found={} latency_ms={} papers=[{}]",
              kind,
              answer.found(),
              latencyMs,
              papers);
    }
    if (question != null && log.isDebugEnabled()) {
      log.debug("question conversation={} text={}", question.conversation(), question.text());
    }
  }
}
