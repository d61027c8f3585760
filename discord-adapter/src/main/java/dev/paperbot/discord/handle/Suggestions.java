package dev.paperbot.discord.handle;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an autocomplete interaction off JDA's threads and inside Discord's 3 seconds: an
 * autocomplete cannot be deferred, so past the budget it gets no choices rather than a failure.
 */
final class Suggestions {
  private static final Logger LOG = LoggerFactory.getLogger(Suggestions.class);

  /** Leaves a second of Discord's three for the callback to travel. */
  static final Duration BUDGET = Duration.ofMillis(2000);

  private final Executor workers;

  Suggestions(Executor workers) {
    this.workers = workers;
  }

  void offer(CommandAutoCompleteInteractionEvent event, Supplier<List<Command.Choice>> choices) {
    CompletableFuture<List<Command.Choice>> found;
    try {
      found = CompletableFuture.supplyAsync(choices, workers);
    } catch (RejectedExecutionException busy) {
      found = CompletableFuture.completedFuture(List.of());
    }
    found
        .orTimeout(BUDGET.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionally(
            error -> {
              LOG.warn("Suggestions for interaction {} failed", event.getId(), error);
              return List.of();
            })
        .thenAccept(
            list ->
                event
                    .replyChoices(list)
                    .queue(
                        ok -> {},
                        error ->
                            LOG.warn(
                                "Discord rejected choices for interaction {}",
                                event.getId(),
                                error)))
        .exceptionally(
            error -> {
              LOG.error("Sending choices for interaction {} failed", event.getId(), error);
              return null;
            });
  }

  /**
   * Question completions as choices: at most 25, one clean line each, name and value cut to 100
   * characters on code points (never half an emoji), the name with an ellipsis when cut; blank and
   * duplicate values dropped.
   */
  static List<Command.Choice> questionChoices(List<String> suggestions) {
    Map<String, Command.Choice> byValue = new LinkedHashMap<>();
    for (String suggestion : suggestions) {
      String line = oneLine(suggestion);
      if (line.isEmpty()) {
        continue;
      }
      String value = cut(line, Limits.CHOICE_VALUE_MAX, "");
      byValue.putIfAbsent(value, new Command.Choice(cut(line, Limits.CHOICE_NAME_MAX, "…"), value));
      if (byValue.size() == Limits.CHOICES_MAX) {
        break;
      }
    }
    return List.copyOf(byValue.values());
  }

  /** Plain text for Discord's picker: control characters and runs of spaces become one space. */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
      }
    }
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  /** At most {@code max} chars, cut between code points, {@code mark} appended when cut. */
  static String cut(String text, int max, String mark) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - mark.length();
    if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + mark;
  }
}
