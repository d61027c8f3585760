package dev.paperbot.slack.handle;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUnfurlRequest;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.http.SlackHttpClient;
import dev.paperbot.slack.SlackMeters;
import dev.paperbot.slack.render.SlackMessage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends rendered replies: {@code chat.postMessage}, {@code chat.postEphemeral}, or a slash
 * command's / button's {@code response_url}. Always with link unfurling and name linking off.
 *
 * <p>Exactly once: Bolt's synchronous {@code MethodsClient} does not retry; a {@code 429} throws. A
 * 429 means Slack did not take the message, so it is retried after {@code Retry-After} (on the
 * scheduler, not by blocking a thread), at most {@value #MAX_ATTEMPTS} attempts. An I/O error is
 * not retried: the message may have arrived, and a duplicate is worse than a logged failure.
 */
public final class Delivery {

  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  static final int MAX_ATTEMPTS = 4;

  /** A Retry-After above this is treated as this; Slack's usual value is a few seconds. */
  static final long MAX_RETRY_AFTER_SECONDS = 60;

  private final MethodsClient methods;
  private final SlackHttpClient http;
  private final ScheduledExecutorService scheduler;
  private final SlackMeters meters;

  /**
   * @param methods a Web API client bound to the bot token
   * @param http the HTTP client for response URLs (no token is sent to them)
   * @param scheduler runs retries after Retry-After
   * @param meters counts 429s and failures
   */
  public Delivery(
      MethodsClient methods,
      SlackHttpClient http,
      ScheduledExecutorService scheduler,
      SlackMeters meters) {
    this.methods = Objects.requireNonNull(methods, "methods");
    this.http = Objects.requireNonNull(http, "http");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.meters = Objects.requireNonNull(meters, "meters");
  }

  /** Posts to a channel, in the thread {@code threadTs} when it is not null. */
  public void postMessage(String channel, String threadTs, SlackMessage message) {
    ChatPostMessageRequest request =
        ChatPostMessageRequest.builder()
            .channel(channel)
            .threadTs(threadTs)
            .text(message.text())
            .blocks(message.blocks())
            .unfurlLinks(false)
            .unfurlMedia(false)
            .linkNames(false)
            .build();
    attempt("chat.postMessage", channel, 1, () -> check(methods.chatPostMessage(request)));
  }

  /** Posts a message only {@code user} sees, in the thread {@code threadTs} when not null. */
  public void postEphemeral(String channel, String user, String threadTs, SlackMessage message) {
    ChatPostEphemeralRequest request =
        ChatPostEphemeralRequest.builder()
            .channel(channel)
            .user(user)
            .threadTs(threadTs)
            .text(message.text())
            .blocks(message.blocks())
            .linkNames(false)
            .build();
    attempt("chat.postEphemeral", channel, 1, () -> check(methods.chatPostEphemeral(request)));
  }

  /**
   * Replies through a {@code response_url}: in the channel when the message is visible to all, else
   * to the asker only; {@code replaceOriginal} swaps the message the button was on.
   */
  public void respond(String responseUrl, SlackMessage message, boolean replaceOriginal) {
    respond(responseUrl, message, message.visibleToAll(), replaceOriginal);
  }

  /** Replies through a {@code response_url}, to the asker only unless {@code inChannel}. */
  public void respond(
      String responseUrl, SlackMessage message, boolean inChannel, boolean replaceOriginal) {
    respond(
        responseUrl,
        ActionResponse.builder()
            .responseType(inChannel ? "in_channel" : "ephemeral")
            .text(message.text())
            .blocks(message.blocks())
            .replaceOriginal(replaceOriginal)
            .build());
  }

  /** Deletes the message a button was on (an ephemeral answer once it is shared). */
  public void deleteOriginal(String responseUrl) {
    respond(responseUrl, ActionResponse.builder().deleteOriginal(true).build());
  }

  /** Publishes a user's App Home tab. */
  public void publishHome(String userId, View view) {
    attempt(
        "views.publish",
        userId,
        1,
        () -> check(methods.viewsPublish(r -> r.userId(userId).view(view))));
  }

  /**
   * Unfurls links of a message ({@code channel} + {@code ts}), or of a message being composed
   * ({@code unfurlId} + {@code source}); {@code cards} maps each URL to its blocks.
   */
  public void unfurl(
      String channel,
      String ts,
      String unfurlId,
      String source,
      Map<String, List<LayoutBlock>> cards) {
    Map<String, ChatUnfurlRequest.UnfurlDetail> unfurls = new LinkedHashMap<>();
    cards.forEach(
        (url, blocks) ->
            unfurls.put(url, ChatUnfurlRequest.UnfurlDetail.builder().blocks(blocks).build()));
    ChatUnfurlRequest.ChatUnfurlRequestBuilder request =
        ChatUnfurlRequest.builder().unfurls(unfurls);
    // A posted message is named by channel + ts; a message still in the composer (source
    // "composer", channel "COMPOSER") only by its unfurl id.
    boolean composer = "composer".equals(source) || channel == null || ts == null;
    if (!composer || unfurlId == null) {
      request.channel(channel).ts(ts);
    } else {
      request.unfurlId(unfurlId).source(source);
    }
    ChatUnfurlRequest built = request.build();
    attempt("chat.unfurl", channel, 1, () -> check(methods.chatUnfurl(built)));
  }

  private void respond(String responseUrl, ActionResponse body) {
    attempt(
        "response_url",
        "",
        1,
        () -> {
          try (okhttp3.Response response = http.postJsonBody(responseUrl, body)) {
            if (response.code() == 429) {
              throw new RateLimited(retryAfter(response.header("Retry-After")));
            }
            if (!response.isSuccessful()) {
              throw new IOException("response_url answered HTTP " + response.code());
            }
          }
        });
  }

  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  /** A response URL answered 429: not delivered, safe to send again. */
  private static final class RateLimited extends Exception {
    private static final long serialVersionUID = 1L;
    final long seconds;

    RateLimited(long seconds) {
      super("rate limited, retry after " + seconds + " s", null, false, false);
      this.seconds = seconds;
    }
  }

  /** An ok:false answer from the Web API; not retried (the request itself was refused). */
  private static final class ApiError extends IOException {
    private static final long serialVersionUID = 1L;

    ApiError(String error) {
      super("Slack answered ok:false, error: " + error);
    }
  }

  private static void check(SlackApiTextResponse response) throws ApiError {
    if (!response.isOk()) {
      throw new ApiError(response.getError());
    }
  }

  private void attempt(String method, String channel, int attempt, Call call) {
    try {
      call.run();
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        meters.rateLimited();
        retryLater(
            method, channel, attempt, call, retryAfter(e.getResponse().header("Retry-After")));
      } else {
        meters.error(method);
        log.error(
            "{} to channel {} failed: HTTP {} {}",
            method,
            channel,
            e.getResponse().code(),
            e.getError(),
            e);
      }
    } catch (RateLimited e) {
      meters.rateLimited();
      retryLater(method, channel, attempt, call, e.seconds);
    } catch (Exception e) {
      // Not retried: after an I/O error the message may have arrived, and twice is worse.
      meters.error(method);
      log.error("{} to channel {} failed (attempt {})", method, channel, attempt, e);
    }
  }

  private void retryLater(String method, String channel, int attempt, Call call, long seconds) {
    if (attempt >= MAX_ATTEMPTS) {
      meters.error(method);
      log.error(
          "{} to channel {} still rate limited after {} attempts; reply dropped",
          method,
          channel,
          attempt);
      return;
    }
    log.warn(
        "{} to channel {} rate limited; retrying in {} s (attempt {})",
        method,
        channel,
        seconds,
        attempt + 1);
    scheduler.schedule(
        () -> attempt(method, channel, attempt + 1, call), seconds, TimeUnit.SECONDS);
  }

  static long retryAfter(String header) {
    if (header == null) {
      return 1;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return Math.max(0, Math.min(seconds, MAX_RETRY_AFTER_SECONDS));
    } catch (NumberFormatException e) {
      log.warn("unreadable Retry-After header {}; waiting 1 s", header);
      return 1;
    }
  }
}
