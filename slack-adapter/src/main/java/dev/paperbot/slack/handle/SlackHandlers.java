package dev.paperbot.slack.handle;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.paperbot.Answer;
import dev.paperbot.Answering;
import dev.paperbot.PageToken;
import dev.paperbot.Question;
import dev.paperbot.slack.render.BlockKitRenderer;
import dev.paperbot.slack.render.SlackMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack surface of PaperBot: {@code /paper} (list, show, help, or a question), {@code
 * app_mention} (answered in a thread), direct messages ({@code message.im}), and the "More" button
 * of long lists.
 *
 * <p>Every listener acknowledges at once and answers on the answer executor; the core call, the
 * rendering and the reply happen there. Failures are caught at this edge, logged with where they
 * happened, and the asker gets a brief message that only they can see. Never answers bots, itself,
 * edits or other message subtypes, nor the same message twice.
 */
public final class SlackHandlers {

  private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);

  public static final String COMMAND = "/paper";

  /** Longer questions are refused with a clear message rather than searched. */
  static final int MAX_QUESTION_LENGTH = 1_000;

  static final String SOMETHING_WENT_WRONG =
      "Sorry, something went wrong while answering. Please try again in a moment.";

  /** Mentions of the bot itself ({@code <@U123>} or {@code <@U123|name>}). */
  private static final Pattern USER_MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");

  private final Answering core;
  private final BlockKitRenderer renderer;
  private final Delivery delivery;
  private final Executor answerExecutor;
  private final Dedupe dedupe = new Dedupe(10_000, Duration.ofHours(1));

  public SlackHandlers(
      Answering core, BlockKitRenderer renderer, Delivery delivery, Executor answerExecutor) {
    this.core = Objects.requireNonNull(core, "core");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.answerExecutor = Objects.requireNonNull(answerExecutor, "answerExecutor");
  }

  /** Registers every listener on the app. */
  public void register(App app) {
    app.command(
        COMMAND,
        (req, ctx) -> {
          SlashCommandPayload p = req.getPayload();
          later(
              "/paper in " + p.getChannelId() + " by " + p.getUserId(),
              () -> delivery.respond(p.getResponseUrl(), slashCommand(p), false),
              notice -> delivery.respond(p.getResponseUrl(), notice, false));
          return ctx.ack();
        });

    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent e = payload.getEvent();
          if (ignored(e.getUser(), e.getBotId(), e.getSubtype(), ctx.getBotUserId())
              || !dedupe.firstTime(payload.getEventId(), e.getChannel(), e.getTs())) {
            return ctx.ack();
          }
          String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
          String botUserId = ctx.getBotUserId();
          later(
              "app_mention " + payload.getEventId() + " in " + e.getChannel(),
              () ->
                  delivery.postMessage(
                      e.getChannel(),
                      thread,
                      conversational(e.getText(), botUserId, e.getChannel() + ":" + thread)),
              notice -> delivery.postEphemeral(e.getChannel(), e.getUser(), thread, notice));
          return ctx.ack();
        });

    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent e = payload.getEvent();
          if (!"im".equals(e.getChannelType())
              || ignored(e.getUser(), e.getBotId(), null, ctx.getBotUserId())
              || e.getEdited() != null
              || !dedupe.firstTime(payload.getEventId(), e.getChannel(), e.getTs())) {
            return ctx.ack();
          }
          String thread = e.getThreadTs();
          String conversation = e.getChannel() + ":" + (thread != null ? thread : "dm");
          String botUserId = ctx.getBotUserId();
          later(
              "message.im " + payload.getEventId() + " in " + e.getChannel(),
              () ->
                  delivery.postMessage(
                      e.getChannel(), thread, conversational(e.getText(), botUserId, conversation)),
              notice -> delivery.postMessage(e.getChannel(), thread, notice));
          return ctx.ack();
        });

    app.blockAction(
        BlockKitRenderer.MORE_ACTION_ID,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          String value =
              p.getActions() == null || p.getActions().isEmpty()
                  ? null
                  : p.getActions().get(0).getValue();
          later(
              "More button by " + (p.getUser() == null ? "?" : p.getUser().getId()),
              () -> delivery.respond(p.getResponseUrl(), nextPage(value), true),
              notice -> delivery.respond(p.getResponseUrl(), notice, false));
          return ctx.ack();
        });
  }

  /** True for events the bot must not answer: its own, other bots', and message subtypes. */
  static boolean ignored(String user, String botId, String subtype, String botUserId) {
    return user == null
        || botId != null
        || subtype != null
        || (botUserId != null && botUserId.equals(user));
  }

  SlackMessage slashCommand(SlashCommandPayload p) {
    String text = clean(p.getText(), null);
    String[] parts = text.split("\\s+", 2);
    String sub = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].trim() : "";
    String conversation = p.getChannelId() + ":" + p.getUserId();
    BlockKitRenderer.Context asked = new BlockKitRenderer.Context(p.getUserId(), text, null);
    return switch (sub) {
      case "", "help" -> renderer.render(core.help());
      case "list" ->
          renderer.render(
              core.list(), new BlockKitRenderer.Context(p.getUserId(), text, PageToken.list()));
      case "show" ->
          rest.isEmpty()
              ? renderer.notice("Usage: /paper show <arXiv id or title words>")
              : tooLong(rest).orElseGet(() -> renderer.render(core.show(rest), asked));
      default ->
          tooLong(text)
              .orElseGet(
                  () ->
                      renderer.render(
                          core.answer(new Question(text, conversation)),
                          new BlockKitRenderer.Context(
                              p.getUserId(), text, PageToken.question(text, conversation))));
    };
  }

  /** A mention or direct message: the text with the bot's own mention removed, in its thread. */
  SlackMessage conversational(String rawText, String botUserId, String conversation) {
    String text = clean(rawText, botUserId);
    if (text.isEmpty()) {
      return renderer.render(core.help());
    }
    return tooLong(text)
        .orElseGet(
            () ->
                renderer.render(
                    core.answer(new Question(text, conversation)),
                    BlockKitRenderer.Context.page(PageToken.question(text, conversation))));
  }

  SlackMessage nextPage(String buttonValue) {
    Optional<PageToken> token = PageToken.decode(buttonValue);
    if (token.isEmpty()) {
      log.warn("More button with an unknown value; answering with a notice");
      return renderer.notice("This button has expired. Please ask again.");
    }
    PageToken page = token.get();
    Answer answer =
        switch (page.source()) {
          case LIST -> core.list();
          case QUESTION ->
              core.answer(
                  new Question(
                      page.question(), page.conversation().isEmpty() ? null : page.conversation()));
        };
    return renderer.render(answer, BlockKitRenderer.Context.page(page));
  }

  private Optional<SlackMessage> tooLong(String text) {
    if (text.length() <= MAX_QUESTION_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(
        renderer.notice(
            "That question is "
                + text.length()
                + " characters long; please ask in at most "
                + MAX_QUESTION_LENGTH
                + "."));
  }

  /**
   * The question text without the bot's own mention, control characters or surrounding space.
   * Everything else (other mentions, links, markup) is passed on as typed; the core treats the text
   * as words and the renderer escapes whatever it echoes.
   */
  static String clean(String raw, String botUserId) {
    if (raw == null) {
      return "";
    }
    String text = raw;
    if (botUserId != null) {
      text =
          USER_MENTION
              .matcher(text)
              .replaceAll(
                  m -> m.group(1).equals(botUserId) ? " " : Matcher.quoteReplacement(m.group()));
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> cp == '\n' || cp == '\t' || !Character.isISOControl(cp))
        .forEach(out::appendCodePoint);
    return out.toString().strip();
  }

  /**
   * Runs the work on the answer executor. A failure is logged with {@code where} and the asker is
   * told, briefly, through {@code tellAsker}.
   */
  private void later(String where, Runnable work, Consumer<SlackMessage> tellAsker) {
    try {
      answerExecutor.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              log.error("Failed to answer {}", where, e);
              tellQuietly(where, tellAsker, renderer.notice(SOMETHING_WENT_WRONG));
            }
          });
    } catch (RejectedExecutionException e) {
      log.error("Answer executor refused {} (busy or shutting down)", where, e);
    }
  }

  private static void tellQuietly(
      String where, Consumer<SlackMessage> tellAsker, SlackMessage notice) {
    try {
      tellAsker.accept(notice);
    } catch (RuntimeException e) {
      log.error("Could not tell the asker of {} that answering failed", where, e);
    }
  }
}
