package dev.paperbot.slack;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads named {@code prefix-N}, so a thread dump says whose they are. */
final class NamedThreads implements ThreadFactory {
  private final String prefix;
  private final boolean daemon;
  private final AtomicInteger next = new AtomicInteger(1);

  NamedThreads(String prefix, boolean daemon) {
    this.prefix = prefix;
    this.daemon = daemon;
  }

  @Override
  public Thread newThread(Runnable r) {
    Thread t = new Thread(r, prefix + "-" + next.getAndIncrement());
    t.setDaemon(daemon);
    return t;
  }
}
