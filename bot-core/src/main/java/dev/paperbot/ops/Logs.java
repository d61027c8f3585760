package dev.paperbot.ops;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging set-up every entry point shares: java.util.logging (Lucene, the JDK's HTTP client, parts
 * of Jetty) is routed into SLF4J, so every line goes through logback's one format on standard
 * error. Idempotent; {@link dev.paperbot.Operations#fromEnvironment} and {@link
 * dev.paperbot.PaperBot#fromEnvironment(java.util.Map, dev.paperbot.Operations)} call it too, so an
 * adapter's {@code main} gets it without a call of its own.
 */
public final class Logs {

  private static final AtomicBoolean INSTALLED = new AtomicBoolean();

  /**
   * Lucene says through JUL, at every start, that the incubating Vector API is not enabled. The
   * operator can do nothing useful about it (enabling the module prints a JVM warning instead), so
   * it is kept at SEVERE even where no logback configuration is found. Held so it is not collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Logs() {}

  /** Bridges java.util.logging to SLF4J and quiets Lucene's vector-module notice. */
  public static void install() {
    if (!INSTALLED.compareAndSet(false, true)) {
      return;
    }
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }
}
