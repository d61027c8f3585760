package dev.paperbot.slack.handle;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.LinkSharedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.paperbot.Answer;
import dev.paperbot.Answering;
import dev.paperbot.Feedback;
import dev.paperbot.PageToken;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import dev.paperbot.Visibility;
import dev.paperbot.slack.SlackMeters;
import dev.paperbot.slack.render.BlockKitRenderer;
import dev.paperbot.slack.render.SlackMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * app_mention} (answered in a thread), un-mentioned replies in threads the bot answered in, direct
 * messages, the "Ask PaperBot" message shortcut, the App Home tab, arXiv link unfurls, and the
 * buttons: "More" of long lists, 👍/👎, "Share with channel".
 *
 * <p>Who sees an answer is the core's {@link Answer#visibility()}: a {@link Visibility#CHANNEL}
 * answer to a mention or thread reply is posted in the thread; a {@code /paper} or shortcut answer
 * is shown to the asker first, with a button to share it; a {@link Visibility#ASKER} answer (help,
 * "cannot answer") is shown to the asker only, on every entry point, and never offered for sharing.
 *
 * <p>Every listener acknowledges at once and answers on the answer executor; the core call, the
 * rendering and the reply happen there. Failures are caught at this edge, logged with where they
 * happened, and the asker gets a brief message that only they can see. Never answers bots, itself,
 * edits or other message subtypes, nor the same message or interaction twice.
 */
public final class SlackHandlers {

  private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);

  public static final String COMMAND = "/paper";

  /** The {@code callback_id} of the "Ask PaperBot" message shortcut (see manifest.yml). */
  public static final String SHORTCUT_CALLBACK_ID = "ask_paperbot";

  /** The platform name the core's feedback store records. */
  static final String PLATFORM = "slack";

  /** Longer questions are refused with a clear message rather than searched. */
  static final int MAX_QUESTION_LENGTH = 1_000;

  static final String SOMETHING_WENT_WRONG =
      "Sorry, something went wrong while answering. Please try again in a moment.";

  /** Mentions of a user ({@code <@U123>} or {@code <@U123|name>}). */
  private static final Pattern USER_MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");

  private static final Pattern VOTE_ACTION =
      Pattern.compile(
          BlockKitRenderer.VOTE_UP_ACTION_ID + "|" + BlockKitRenderer.VOTE_DOWN_ACTION_ID);

  private final Answering core;
  private final Feedback feedback;
  private final BlockKitRenderer renderer;
  private final Delivery delivery;
  private final Executor answerExecutor;
  private final SlackMeters meters;
  private final Dedupe dedupe = new Dedupe(10_000, Duration.ofHours(1));

  /**
   * A rendered answer is up to ~50 blocks (tens of kB), so private answers awaiting a share are
   * capped at 2,000 (tens of MB at worst) for 30 minutes; an older one asks to ask again.
   */
  private final Shares shares = new Shares(2_000, Duration.ofMinutes(30));

  public SlackHandlers(
      Answering core,
      Feedback feedback,
      BlockKitRenderer renderer,
      Delivery delivery,
      Executor answerExecutor,
      SlackMeters meters) {
    this.core = Objects.requireNonNull(core, "core");
    this.feedback = Objects.requireNonNull(feedback, "feedback");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.answerExecutor = Objects.requireNonNull(answerExecutor, "answerExecutor");
    this.meters = Objects.requireNonNull(meters, "meters");
  }

  /** Registers every listener on the app. */
  public void register(App app) {
    app.command(
        COMMAND,
        (req, ctx) -> {
          SlashCommandPayload p = req.getPayload();
          if (!dedupe.firstInteraction("command", p.getTriggerId())) {
            log.info("Ignored a repeated /paper (trigger {})", p.getTriggerId());
            return ctx.ack();
          }
          later(
              "/paper in " + p.getChannelId() + " by " + p.getUserId(),
              () -> delivery.respond(p.getResponseUrl(), slashCommand(p), false, false),
              notice -> delivery.respond(p.getResponseUrl(), notice, false, false));
          return ctx.ack();
        });

    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent e = payload.getEvent();
          if (e.getChannel() == null || e.getTs() == null) {
            log.warn("Ignored app_mention {} without channel or ts", payload.getEventId());
            return ctx.ack();
          }
          if (ignored(e.getUser(), e.getBotId(), e.getSubtype(), ctx.getBotUserId())
              || !dedupe.firstTime(payload.getEventId(), e.getChannel(), e.getTs())) {
            return ctx.ack();
          }
          String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
          String botUserId = ctx.getBotUserId();
          later(
              "app_mention " + payload.getEventId() + " in " + e.getChannel(),
              () ->
                  inThread(
                      e.getChannel(),
                      thread,
                      e.getUser(),
                      clean(e.getText(), botUserId),
                      e.getChannel() + ":" + thread),
              notice -> delivery.postEphemeral(e.getChannel(), e.getUser(), thread, notice));
          return ctx.ack();
        });

    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent e = payload.getEvent();
          if (e.getChannel() == null || e.getTs() == null) {
            log.warn("Ignored message {} without channel or ts", payload.getEventId());
            return ctx.ack();
          }
          if (ignored(e.getUser(), e.getBotId(), e.getSubtype(), ctx.getBotUserId())
              || e.getEdited() != null) {
            return ctx.ack();
          }
          String botUserId = ctx.getBotUserId();
          if ("im".equals(e.getChannelType())) {
            if (!dedupe.firstTime(payload.getEventId(), e.getChannel(), e.getTs())) {
              return ctx.ack();
            }
            String thread = e.getThreadTs();
            String conversation = e.getChannel() + ":" + (thread != null ? thread : "dm");
            later(
                "message.im " + payload.getEventId() + " in " + e.getChannel(),
                () ->
                    directMessage(
                        e.getChannel(), thread, e.getUser(), e.getText(), botUserId, conversation),
                notice -> delivery.postMessage(e.getChannel(), thread, notice));
            return ctx.ack();
          }
          String thread = e.getThreadTs();
          String conversation = e.getChannel() + ":" + thread;
          if (!isThreadFollowUp(e.getChannelType(), thread, e.getTs(), e.getText(), botUserId)
              || !core.inConversation(conversation)
              || !dedupe.firstTime(payload.getEventId(), e.getChannel(), e.getTs())) {
            return ctx.ack();
          }
          later(
              "thread reply " + payload.getEventId() + " in " + e.getChannel(),
              () ->
                  inThread(
                      e.getChannel(),
                      thread,
                      e.getUser(),
                      clean(e.getText(), botUserId),
                      conversation),
              notice -> delivery.postEphemeral(e.getChannel(), e.getUser(), thread, notice));
          return ctx.ack();
        });

    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent e = payload.getEvent();
          if (e.getUser() == null || (e.getTab() != null && !"home".equals(e.getTab()))) {
            return ctx.ack();
          }
          later(
              "app_home_opened by " + e.getUser(),
              () -> delivery.publishHome(e.getUser(), home(e.getUser())),
              notice -> log.warn("App Home of {} not published", e.getUser()));
          return ctx.ack();
        });

    app.event(
        LinkSharedEvent.class,
        (payload, ctx) -> {
          LinkSharedEvent e = payload.getEvent();
          if (e.getLinks() == null
              || e.getLinks().isEmpty()
              || !dedupe.firstTime(
                  payload.getEventId(),
                  Objects.requireNonNullElse(e.getChannel(), "composer"),
                  Objects.requireNonNullElse(
                      e.getMessageTs(), Objects.requireNonNullElse(e.getUnfurlId(), "?")))) {
            return ctx.ack();
          }
          later(
              "link_shared " + payload.getEventId(),
              () -> unfurl(e),
              notice -> log.warn("Links of {} not unfurled", payload.getEventId()));
          return ctx.ack();
        });

    app.messageShortcut(
        SHORTCUT_CALLBACK_ID,
        (req, ctx) -> {
          MessageShortcutPayload p = req.getPayload();
          String user = p.getUser() == null ? null : p.getUser().getId();
          if (user == null || !dedupe.firstInteraction("shortcut", p.getTriggerId())) {
            return ctx.ack();
          }
          String channel = p.getChannel() == null ? null : p.getChannel().getId();
          String text = p.getMessage() == null ? null : p.getMessage().getText();
          String thread = p.getMessage() == null ? null : p.getMessage().getThreadTs();
          String botUserId = ctx.getBotUserId();
          Consumer<SlackMessage> privately =
              message -> {
                if (channel != null) {
                  delivery.postEphemeral(channel, user, thread, message);
                } else {
                  delivery.postMessage(user, null, message);
                }
              };
          later(
              "shortcut by " + user + " in " + channel,
              () -> privately.accept(shortcut(user, channel, clean(text, botUserId))),
              privately);
          return ctx.ack();
        });

    app.blockAction(
        BlockKitRenderer.MORE_ACTION_ID,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          if (!dedupe.firstInteraction("more", p.getTriggerId())) {
            return ctx.ack();
          }
          String user = p.getUser() == null ? null : p.getUser().getId();
          boolean ephemeral = p.getContainer() != null && p.getContainer().isEphemeral();
          later(
              "More button by " + user,
              () ->
                  delivery.respond(
                      p.getResponseUrl(),
                      nextPage(actionValue(p), user, ephemeral),
                      !ephemeral,
                      true),
              notice -> delivery.respond(p.getResponseUrl(), notice, false, false));
          return ctx.ack();
        });

    app.blockAction(
        VOTE_ACTION,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          String user = p.getUser() == null ? null : p.getUser().getId();
          if (user == null || !dedupe.firstInteraction("vote", p.getTriggerId())) {
            return ctx.ack();
          }
          Feedback.Vote vote =
              BlockKitRenderer.VOTE_UP_ACTION_ID.equals(p.getActions().getFirst().getActionId())
                  ? Feedback.Vote.UP
                  : Feedback.Vote.DOWN;
          later(
              "vote by " + user,
              () ->
                  delivery.respond(
                      p.getResponseUrl(), voted(actionValue(p), user, vote), false, false),
              notice -> delivery.respond(p.getResponseUrl(), notice, false, false));
          return ctx.ack();
        });

    app.blockAction(
        BlockKitRenderer.SHARE_ACTION_ID,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          String user = p.getUser() == null ? null : p.getUser().getId();
          if (user == null || !dedupe.firstInteraction("share", p.getTriggerId())) {
            return ctx.ack();
          }
          later(
              "share by " + user,
              () -> share(p.getResponseUrl(), actionValue(p), user),
              notice -> delivery.respond(p.getResponseUrl(), notice, false, false));
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

  /**
   * A message that is a reply in a channel thread (not the thread's parent) and does not mention
   * the bot (that one arrives as {@code app_mention} and is answered there).
   */
  static boolean isThreadFollowUp(
      String channelType, String threadTs, String ts, String text, String botUserId) {
    return ("channel".equals(channelType) || "group".equals(channelType))
        && threadTs != null
        && !threadTs.equals(ts)
        && !(botUserId != null && text != null && text.contains("<@" + botUserId));
  }

  /** A {@code /paper} reply, to be shown to the asker only. */
  SlackMessage slashCommand(SlashCommandPayload p) {
    String text = clean(p.getText(), null);
    String[] parts = text.split("\\s+", 2);
    String sub = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].trim() : "";
    String user = p.getUserId();
    String conversation = p.getChannelId() + ":" + user;
    Question asked = new Question(text, conversation);
    BlockKitRenderer.Context context = new BlockKitRenderer.Context(user, text, null);
    return switch (sub) {
      case "", "help" -> privateAnswer(user, asked, core.help(), BlockKitRenderer.Context.NONE);
      case "list" ->
          privateAnswer(
              user, asked, core.list(), new BlockKitRenderer.Context(user, text, PageToken.list()));
      case "show" ->
          rest.isEmpty()
              ? renderer.notice("Usage: /paper show <arXiv id or title words>")
              : tooLong(rest).orElseGet(() -> privateAnswer(user, asked, core.show(rest), context));
      default ->
          tooLong(text)
              .orElseGet(
                  () ->
                      privateAnswer(
                          user,
                          asked,
                          core.answer(asked),
                          new BlockKitRenderer.Context(
                              user, text, PageToken.question(text, conversation))));
    };
  }

  /** "Ask PaperBot" on a message: the message's text as the question, answered privately. */
  SlackMessage shortcut(String user, String channel, String text) {
    if (text.isEmpty()) {
      return renderer.notice("That message has no text to ask about.");
    }
    String conversation = (channel == null ? "dm" : channel) + ":" + user;
    Question question = new Question(text, conversation);
    return tooLong(text)
        .orElseGet(
            () ->
                privateAnswer(
                    user,
                    question,
                    core.answer(question),
                    new BlockKitRenderer.Context(
                        user, text, PageToken.question(text, conversation))));
  }

  /** A mention or thread reply: in the thread for the channel, or to the asker only. */
  private void inThread(
      String channel, String thread, String user, String text, String conversation) {
    Question question = new Question(text, conversation);
    Answer answer = text.isEmpty() ? core.help() : null;
    SlackMessage message =
        answer != null
            ? withVotes(user, question, answer, BlockKitRenderer.Context.NONE)
            : tooLong(text)
                .orElseGet(
                    () ->
                        withVotes(
                            user,
                            question,
                            core.answer(question),
                            BlockKitRenderer.Context.page(PageToken.question(text, conversation))));
    if (message.visibleToAll()) {
      delivery.postMessage(channel, thread, message);
    } else {
      delivery.postEphemeral(channel, user, thread, message);
    }
  }

  /** A direct message: the conversation is already private, so every answer is posted in it. */
  private void directMessage(
      String channel, String thread, String user, String rawText, String botUserId, String conv) {
    delivery.postMessage(channel, thread, conversational(rawText, botUserId, conv, user));
  }

  /** A mention or direct message: the text with the bot's own mention removed, in its thread. */
  SlackMessage conversational(String rawText, String botUserId, String conversation, String user) {
    String text = clean(rawText, botUserId);
    Question question = new Question(text, conversation);
    if (text.isEmpty()) {
      return withVotes(user, question, core.help(), BlockKitRenderer.Context.NONE);
    }
    return tooLong(text)
        .orElseGet(
            () ->
                withVotes(
                    user,
                    question,
                    core.answer(question),
                    BlockKitRenderer.Context.page(PageToken.question(text, conversation))));
  }

  SlackMessage nextPage(String buttonValue, String user, boolean ephemeral) {
    Optional<PageToken> token = PageToken.decode(buttonValue);
    if (token.isEmpty()) {
      log.warn("More button with an unknown value; answering with a notice");
      return renderer.notice("This button has expired. Please ask again.");
    }
    PageToken page = token.get();
    Question question =
        new Question(
            page.source() == PageToken.Source.LIST ? "list" : page.question(),
            page.conversation().isEmpty() ? null : page.conversation());
    Answer answer =
        switch (page.source()) {
          case LIST -> core.list();
          case QUESTION -> core.answer(question);
        };
    BlockKitRenderer.Context context = BlockKitRenderer.Context.page(page);
    return ephemeral
        ? privateAnswer(user, question, answer, context)
        : withVotes(user, question, answer, context);
  }

  /** The reply to a 👍/👎 click, shown to the voter only. */
  SlackMessage voted(String ticket, String user, Feedback.Vote vote) {
    Feedback.VoteResult result = feedback.vote(ticket, PLATFORM, user, vote);
    return renderer.notice(
        switch (result) {
          case RECORDED -> "Thanks for the feedback!";
          case CHANGED -> "Vote changed. Thanks!";
          case UNCHANGED -> "You already voted that way. Thanks!";
          case UNKNOWN_TICKET -> "This answer can no longer be voted on.";
          case NOT_RECORDED -> "Sorry, your vote could not be recorded. Please try again later.";
        });
  }

  private void share(String responseUrl, String key, String user) {
    Optional<Shares.Pending> pending = shares.take(key);
    if (pending.isEmpty() || !pending.get().askerUserId().equals(user)) {
      delivery.respond(
          responseUrl,
          renderer.notice("This answer can no longer be shared. Please ask again."),
          false,
          false);
      return;
    }
    delivery.respond(responseUrl, renderer.shared(pending.get().message(), user), true, false);
    delivery.deleteOriginal(responseUrl);
  }

  private com.slack.api.model.view.View home(String user) {
    Answer list = core.list();
    List<String> recent;
    try {
      recent = feedback.recentQuestions(PLATFORM, user, BlockKitRenderer.HOME_RECENT_QUESTIONS);
    } catch (RuntimeException e) {
      // The tab is still worth showing without them.
      log.warn("Could not read the recent questions of {}; App Home shows none", user, e);
      recent = List.of();
    }
    return renderer.home(core.help(), list.papers(), recent);
  }

  private void unfurl(LinkSharedEvent e) {
    Map<String, List<LayoutBlock>> cards = new LinkedHashMap<>();
    for (LinkSharedEvent.Link link : e.getLinks()) {
      if (link == null || link.getUrl() == null || cards.containsKey(link.getUrl())) {
        continue;
      }
      Optional<Paper> paper = core.paperAt(link.getUrl());
      paper.ifPresent(p -> cards.put(link.getUrl(), renderer.unfurl(p)));
    }
    if (!cards.isEmpty()) {
      delivery.unfurl(e.getChannel(), e.getMessageTs(), e.getUnfurlId(), e.getSource(), cards);
    }
  }

  /** An answer with its vote buttons, for posting where it was asked. */
  private SlackMessage withVotes(
      String user, Question question, Answer answer, BlockKitRenderer.Context context) {
    return renderer.withButtons(
        renderer.render(answer, context), ticket(user, question, answer), null);
  }

  /**
   * An answer for the asker's eyes first: vote buttons, and "Share with channel" when the core says
   * the answer is worth the channel's attention.
   */
  private SlackMessage privateAnswer(
      String user, Question question, Answer answer, BlockKitRenderer.Context context) {
    SlackMessage rendered = renderer.render(answer, context);
    String ticket = ticket(user, question, answer);
    SlackMessage voting = renderer.withButtons(rendered, ticket, null);
    if (answer.visibility() != Visibility.CHANNEL || user == null) {
      return privately(voting);
    }
    // The shared copy carries the same ticket: votes on it count on the same answer.
    String key = shares.put(user, voting);
    return privately(renderer.withButtons(rendered, ticket, key));
  }

  private static SlackMessage privately(SlackMessage message) {
    return new SlackMessage(message.text(), message.blocks(), false);
  }

  private String ticket(String user, Question question, Answer answer) {
    if (user == null) {
      return "";
    }
    try {
      return Objects.requireNonNullElse(feedback.ticket(PLATFORM, user, question, answer), "");
    } catch (RuntimeException e) {
      // The answer still goes out, without vote buttons.
      log.warn("Could not get a feedback ticket; answering without vote buttons", e);
      meters.error("feedback");
      return "";
    }
  }

  private static String actionValue(BlockActionPayload p) {
    return p.getActions() == null || p.getActions().isEmpty()
        ? null
        : p.getActions().getFirst().getValue();
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
   * as words and the renderer keeps whatever it echoes inert.
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
              meters.error("listener");
              log.error("Failed to answer {}", where, e);
              tellQuietly(where, tellAsker, renderer.notice(SOMETHING_WENT_WRONG));
            }
          });
    } catch (RejectedExecutionException e) {
      meters.error("busy");
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
