package dev.paperbot.discord.handle;

import dev.paperbot.Answering;
import dev.paperbot.Paper;
import dev.paperbot.discord.render.EmbedRenderer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /paper show paper:<id or title>}, with autocomplete from the core's suggestions. */
final class ShowCommand implements Subcommand {
  private static final Logger LOG = LoggerFactory.getLogger(ShowCommand.class);
  static final String NAME = "show";
  static final String PAPER = "paper";

  /** Autocomplete cannot be deferred: past this, answer with no choices rather than none at all. */
  private static final Duration SUGGEST_BUDGET = Duration.ofMillis(2000);

  private final Answering core;
  private final EmbedRenderer renderer;
  private final Responder responder;
  private final Executor workers;

  ShowCommand(Answering core, EmbedRenderer renderer, Responder responder, Executor workers) {
    this.core = core;
    this.renderer = renderer;
    this.responder = responder;
    this.workers = workers;
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData(NAME, "Show one paper")
        .addOptions(
            new OptionData(OptionType.STRING, PAPER, "arXiv id or title words", true, true)
                .setMaxLength(Limits.QUESTION_MAX));
  }

  @Override
  public void run(SlashCommandInteractionEvent event) {
    String paper = event.getOption(PAPER, "", OptionMapping::getAsString);
    responder.reply(event, false, () -> Answers.reply(renderer, core.show(paper), false));
  }

  void autocomplete(CommandAutoCompleteInteractionEvent event) {
    String partial = event.getFocusedOption().getValue();
    CompletableFuture<List<Paper>> suggestions;
    try {
      suggestions =
          CompletableFuture.supplyAsync(() -> core.suggest(partial, Limits.CHOICES_MAX), workers);
    } catch (RejectedExecutionException busy) {
      suggestions = CompletableFuture.completedFuture(List.of());
    }
    suggestions
        .orTimeout(SUGGEST_BUDGET.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionally(
            error -> {
              LOG.warn("Suggestions for interaction {} failed", event.getId(), error);
              return List.of();
            })
        .thenAccept(
            papers ->
                event
                    .replyChoices(choices(papers))
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

  /** At most 25 choices; the name shows title and id, the value is the id the core looks up. */
  static List<Command.Choice> choices(List<Paper> papers) {
    return papers.stream()
        .filter(p -> !p.id().isBlank() && p.id().length() <= Limits.CHOICE_VALUE_MAX)
        .limit(Limits.CHOICES_MAX)
        .map(p -> new Command.Choice(choiceName(p), p.id()))
        .toList();
  }

  static String choiceName(Paper paper) {
    // Choice names are plain text in Discord's picker: no markdown, just one clean line.
    String suffix = " (" + paper.id() + ")";
    String title = paper.title().replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    int room = Limits.CHOICE_NAME_MAX - suffix.length();
    if (title.length() > room) {
      int cut = room - 1;
      if (cut > 0 && Character.isHighSurrogate(title.charAt(cut - 1))) {
        cut--;
      }
      title = title.substring(0, Math.max(0, cut)) + "…";
    }
    String name = title + suffix;
    return name.length() > Limits.CHOICE_NAME_MAX
        ? name.substring(0, Limits.CHOICE_NAME_MAX)
        : name;
  }
}
