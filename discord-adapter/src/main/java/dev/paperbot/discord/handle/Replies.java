package dev.paperbot.discord.handle;

import dev.paperbot.Answer;
import dev.paperbot.Feedback;
import dev.paperbot.PageToken;
import dev.paperbot.Question;
import dev.paperbot.Visibility;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A core answer as the message Discord shows: the embed, who sees it, and its buttons.
 *
 * <p>Who sees it follows the core's {@link Answer#visibility()}: an answer for the asker is
 * ephemeral wherever Discord allows it (every interaction), and an answer asked for privately stays
 * private. A reply to a message cannot be ephemeral, so it is posted like any other. Every answer
 * to a question gets 👍/👎 when the feedback store hands out a ticket; a private answer the channel
 * could use gets "Share with channel"; a list longer than a page gets Previous/Next when its
 * question fits a button id.
 */
public final class Replies {
  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
  static final String PLATFORM = "discord";

  /** Where a question came from, which decides what Discord can do with the answer. */
  enum Origin {
    /** A mention or DM, answered with a message reply: never ephemeral. */
    MESSAGE,
    /** A slash command in the open: ephemeral only when the core says so. */
    INTERACTION,
    /** {@code private:true} or the message command: always ephemeral, shareable. */
    PRIVATE_INTERACTION
  }

  private final EmbedRenderer renderer;
  private final Feedback feedback;

  public Replies(EmbedRenderer renderer, Feedback feedback) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.feedback = Objects.requireNonNull(feedback, "feedback");
  }

  /**
   * The reply to a question {@code userId} asked. Runs on a worker: the ticket may hit a database.
   */
  Reply toQuestion(Question question, Answer answer, String userId, Origin origin) {
    boolean ephemeral =
        origin == Origin.PRIVATE_INTERACTION
            || (origin == Origin.INTERACTION && answer.visibility() == Visibility.ASKER);
    List<ActionRow> rows = new ArrayList<>();
    MessageEmbed embed = null;
    if (answer instanceof Answer.PaperList list && list.papers().size() > EmbedRenderer.PAGE_SIZE) {
      // The conversation is not in the id: a click finds it from the message (see PageButtons).
      PageToken token = PageToken.question(question.text(), "");
      if (Controls.pages(token, list.papers().size())) {
        EmbedRenderer.Page page = renderer.page(list, 1);
        rows.add(Controls.paging(token, page));
        embed = page.embed();
      }
      // Otherwise the question is too long for a button id: one reply with as many papers as an
      // embed holds and a count of the rest, rather than buttons that cannot carry the question.
    }
    if (embed == null) {
      embed = renderer.render(answer);
    }
    List<Button> actions = new ArrayList<>(Controls.votes(ticket(question, answer, userId)));
    if (origin == Origin.PRIVATE_INTERACTION && answer.visibility() == Visibility.CHANNEL) {
      actions.add(Controls.share());
    }
    if (!actions.isEmpty()) {
      rows.add(ActionRow.of(actions));
    }
    return new Reply(List.of(embed), rows, ephemeral);
  }

  /** A command's answer that no question asked ({@code /paper help}): no votes, no sharing. */
  Reply toCommand(Answer answer) {
    return Reply.of(renderer.render(answer), answer.visibility() == Visibility.ASKER);
  }

  private String ticket(Question question, Answer answer, String userId) {
    try {
      return feedback.ticket(PLATFORM, userId, question, answer);
    } catch (RuntimeException e) {
      // The answer matters more than its vote buttons: send it without them.
      LOG.warn("The feedback store gave no ticket; answering without vote buttons", e);
      return "";
    }
  }
}
