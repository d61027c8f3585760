package dev.paperbot.ops;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import java.util.Locale;

/**
 * The encoder every {@code logback.xml} of PaperBot names: its pattern by default, logback's {@link
 * JsonEncoder} (one JSON object per line) when {@code LOG_FORMAT=json}. Decided once at start, so
 * logging costs what the chosen encoder costs; one appender serves both, so no configuration
 * carries an unused appender.
 */
public final class LogEncoder extends PatternLayoutEncoder {

  /** The environment variable choosing the format: {@code text} (default) or {@code json}. */
  public static final String VARIABLE = "LOG_FORMAT";

  private Encoder<ILoggingEvent> json;

  @Override
  public void start() {
    String format = System.getenv(VARIABLE);
    if (format != null && format.strip().toLowerCase(Locale.ROOT).equals("json")) {
      JsonEncoder encoder = new JsonEncoder();
      encoder.setContext(getContext());
      // The message as a reader sees it, not its template and arguments; the logger context's
      // name and birth date say nothing per line.
      encoder.setWithFormattedMessage(true);
      encoder.setWithMessage(false);
      encoder.setWithArguments(false);
      encoder.setWithContext(false);
      encoder.start();
      json = encoder;
    }
    super.start();
  }

  @Override
  public byte[] headerBytes() {
    return json != null ? json.headerBytes() : super.headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    return json != null ? json.encode(event) : super.encode(event);
  }

  @Override
  public byte[] footerBytes() {
    return json != null ? json.footerBytes() : super.footerBytes();
  }

  @Override
  public void stop() {
    if (json != null) {
      json.stop();
    }
    super.stop();
  }
}
