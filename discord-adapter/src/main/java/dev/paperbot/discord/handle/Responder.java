package dev.paperbot.discord.handle;

import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers interactions off JDA's threads and always within Discord's 3-second window.
 *
 * <p>The work runs on the worker pool. If it finishes within the acknowledgement budget the answer
 * goes in the interaction callback itself (one request, no "thinking…" flash); otherwise the
 * interaction is deferred when the budget runs out and the answer edits the deferred message when
 * it is ready. Whichever comes first wins an atomic flag, so an interaction is acknowledged exactly
 * once. Nothing here blocks: every request is {@code queue()}d.
 */
public final class Responder {
  private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

  private final Executor workers;
  private final ScheduledExecutorService timer;
  private final Duration ackBudget;
  private final EmbedRenderer renderer;

  /**
   * @param ackBudget how long to wait for an answer before deferring; well under 3 s so that the
   *     deferral itself reaches Discord in time
   */
  public Responder(
      Executor workers,
      ScheduledExecutorService timer,
      Duration ackBudget,
      EmbedRenderer renderer) {
    this.workers = Objects.requireNonNull(workers, "workers");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.ackBudget = Objects.requireNonNull(ackBudget, "ackBudget");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    if (ackBudget.isNegative() || ackBudget.compareTo(Duration.ofMillis(2500)) > 0) {
      throw new IllegalArgumentException("ackBudget must be between 0 and 2.5 s, was " + ackBudget);
    }
  }

  /** Replies to a slash command; {@code ephemeral} is how a deferral is shown. */
  public <E extends IReplyCallback> void reply(E event, boolean ephemeral, Supplier<Reply> work) {
    respond(
        event,
        work,
        reply ->
            event
                .reply(reply.toCreateData())
                .setEphemeral(reply.ephemeral())
                .queue(ok -> {}, failure(event, "reply")),
        () -> event.deferReply(ephemeral).queue(ok -> {}, failure(event, "deferReply")),
        reply -> {
          if (reply.ephemeral() && !ephemeral) {
            // A public deferral cannot turn private: replace it with a private follow-up.
            event.getHook().deleteOriginal().queue(ok -> {}, failure(event, "deleteOriginal"));
            event
                .getHook()
                .sendMessage(reply.toCreateData())
                .setEphemeral(true)
                .queue(ok -> {}, failure(event, "followup"));
          } else {
            event
                .getHook()
                .editOriginal(reply.toEditData())
                .queue(ok -> {}, failure(event, "editOriginal"));
          }
        });
  }

  /** Updates the message a button sits on (paging). */
  public <E extends IMessageEditCallback> void edit(E event, Supplier<Reply> work) {
    respond(
        event,
        work,
        reply ->
            event.editMessage(reply.toEditData()).queue(ok -> {}, failure(event, "editMessage")),
        () -> event.deferEdit().queue(ok -> {}, failure(event, "deferEdit")),
        reply ->
            event
                .getHook()
                .editOriginal(reply.toEditData())
                .queue(ok -> {}, failure(event, "editOriginal")));
  }

  private void respond(
      Interaction event,
      Supplier<Reply> work,
      Consumer<Reply> direct,
      Runnable defer,
      Consumer<Reply> afterDefer) {
    AtomicBoolean acknowledged = new AtomicBoolean();
    ScheduledFuture<?> deferral =
        timer.schedule(
            () -> {
              if (acknowledged.compareAndSet(false, true)) {
                try {
                  defer.run();
                } catch (RuntimeException e) {
                  LOG.error("Deferring interaction {} failed", event.getId(), e);
                }
              }
            },
            ackBudget.toNanos(),
            TimeUnit.NANOSECONDS);
    CompletableFuture<Reply> answer;
    try {
      answer = CompletableFuture.supplyAsync(work, workers);
    } catch (RejectedExecutionException busy) {
      LOG.warn("Worker pool full; turning away interaction {}", event.getId());
      answer = CompletableFuture.completedFuture(Reply.of(renderer.notice(Notices.BUSY), true));
    }
    answer
        .exceptionally(
            error -> {
              LOG.error(
                  "Answering interaction {} from user {} failed",
                  event.getId(),
                  event.getUser().getId(),
                  error);
              return Reply.of(renderer.notice(Notices.FAILED), true);
            })
        .thenAccept(
            reply -> {
              if (acknowledged.compareAndSet(false, true)) {
                deferral.cancel(false);
                direct.accept(reply);
              } else {
                afterDefer.accept(reply);
              }
            })
        .exceptionally(
            error -> {
              // JDA refused to build or send the reply (a bug here, not Discord's answer).
              LOG.error("Sending the reply to interaction {} failed", event.getId(), error);
              return null;
            });
  }

  private static Consumer<Throwable> failure(Interaction event, String what) {
    return error -> LOG.warn("Discord rejected {} for interaction {}", what, event.getId(), error);
  }
}
