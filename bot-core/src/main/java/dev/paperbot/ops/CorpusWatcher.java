package dev.paperbot.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@code reload} when the corpus at a path changes (polled: a WatchService misses edits
 * through renames and on some mounts, and a poll every few seconds costs nothing) or when the
 * process gets SIGHUP. Reloads run one at a time on one named daemon thread.
 */
public final class CorpusWatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);

  private final Path path;
  private final Runnable reload;
  private final ScheduledExecutorService thread;
  private volatile String stamp;

  private CorpusWatcher(Path path, String stamp, Runnable reload, Duration every) {
    this.path = path;
    this.reload = reload;
    this.stamp = stamp;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("paperbot-corpus-watch").daemon().unstarted(r));
    long ms = every.toMillis();
    thread.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
  }

  /**
   * Starts watching; {@code reload} must not throw (it logs its own failures).
   *
   * @param loaded the {@link #stamp} taken before the corpus now in use was read, so a change made
   *     while it was loading is still seen
   */
  public static CorpusWatcher start(Path path, String loaded, Runnable reload, Duration every) {
    CorpusWatcher w = new CorpusWatcher(path, loaded, Objects.requireNonNull(reload), every);
    w.onHangUp();
    return w;
  }

  private void poll() {
    String now = RuntimeCorpus.stamp(path);
    if (!now.equals(stamp)) {
      stamp = now;
      log.info("corpus {} changed; reloading", path);
      run();
    }
  }

  private void run() {
    try {
      reload.run();
    } catch (RuntimeException e) {
      // The scheduler would stop polling on an exception; report it and keep watching.
      log.error("corpus reload failed: {}", e.toString());
    }
  }

  /** SIGHUP means "reload" to daemons; guarded because not every JVM or OS offers the signal. */
  private void onHangUp() {
    try {
      sun.misc.Signal.handle(
          new sun.misc.Signal("HUP"),
          sig -> {
            log.info("SIGHUP: reloading the corpus {}", path);
            try {
              thread.execute(
                  () -> {
                    stamp = RuntimeCorpus.stamp(path);
                    run();
                  });
            } catch (java.util.concurrent.RejectedExecutionException closed) {
              log.debug("SIGHUP after the watcher closed: ignored");
            }
          });
    } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
      log.debug("no SIGHUP handler ({}); the corpus reloads when it changes", e.toString());
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
