package dev.paperbot.ops;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One current value that can be replaced while it is in use: callers in flight finish on the value
 * they started with, which is closed when the last of them is done. Used for the engine, so a
 * corpus reload never closes an index under a running search.
 */
public final class Swap<T extends AutoCloseable> implements AutoCloseable {

  private final AtomicReference<Lease<T>> current;

  public Swap(T first) {
    this.current = new AtomicReference<>(new Lease<>(Objects.requireNonNull(first, "first")));
  }

  /** Runs {@code use} on the current value, which stays open until {@code use} returns. */
  public <R> R with(Function<? super T, ? extends R> use) {
    while (true) {
      Lease<T> lease = current.get();
      if (lease == null) {
        throw new IllegalStateException("closed");
      }
      if (lease.acquire()) {
        try {
          return use.apply(lease.value);
        } finally {
          lease.release();
        }
      }
      // Retired between get() and acquire(): the next get() sees its successor.
    }
  }

  /** Makes {@code next} current; the old value closes once no caller uses it. */
  public void replace(T next) {
    Lease<T> old = current.getAndSet(new Lease<>(Objects.requireNonNull(next, "next")));
    if (old == null) {
      current.set(null);
      closeQuietly(next);
      throw new IllegalStateException("closed");
    }
    old.release();
  }

  @Override
  public void close() {
    Lease<T> old = current.getAndSet(null);
    if (old != null) {
      old.release();
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(Swap.class).warn("cannot close {}: {}", c, e.toString());
    }
  }

  /** A value and its users; the holder's own reference counts as one. */
  private static final class Lease<T extends AutoCloseable> {
    final T value;
    private final AtomicInteger users = new AtomicInteger(1);

    Lease(T value) {
      this.value = value;
    }

    boolean acquire() {
      while (true) {
        int n = users.get();
        if (n == 0) {
          return false;
        }
        if (users.compareAndSet(n, n + 1)) {
          return true;
        }
      }
    }

    void release() {
      if (users.decrementAndGet() == 0) {
        closeQuietly(value);
      }
    }
  }
}
