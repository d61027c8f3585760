package dev.paperbot.discord.handle;

import dev.paperbot.Feedback;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * 👍/👎 under an answer: the id carries the feedback ticket, the click records the clicker's vote
 * and is acknowledged to the clicker alone. The store, not the button, decides whether a vote is
 * new or changed, so a vote is never counted twice however often it is clicked.
 */
final class VoteButtons {
  private final Feedback feedback;
  private final EmbedRenderer renderer;
  private final Responder responder;

  VoteButtons(Feedback feedback, EmbedRenderer renderer, Responder responder) {
    this.feedback = feedback;
    this.renderer = renderer;
    this.responder = responder;
  }

  /** Handles the click if it is a vote; false if it is not one of ours. */
  boolean onButton(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    Feedback.Vote vote;
    String ticket;
    if (id.startsWith(Controls.VOTE_UP)) {
      vote = Feedback.Vote.UP;
      ticket = id.substring(Controls.VOTE_UP.length());
    } else if (id.startsWith(Controls.VOTE_DOWN)) {
      vote = Feedback.Vote.DOWN;
      ticket = id.substring(Controls.VOTE_DOWN.length());
    } else {
      return false;
    }
    String user = event.getUser().getId();
    // The store may be a database: vote on a worker, acknowledged within Discord's 3 s.
    responder.reply(
        event,
        true,
        () ->
            Reply.of(
                renderer.voteAcknowledgement(feedback.vote(ticket, Replies.PLATFORM, user, vote)),
                true));
    return true;
  }
}
