package dev.paperbot.discord.handle;

import dev.paperbot.Answer;
import dev.paperbot.Answering;
import dev.paperbot.PageToken;
import dev.paperbot.Question;
import dev.paperbot.Visibility;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * Previous/Next on a list: the button's id holds a {@link PageToken} (where the list came from and
 * the first paper of the page), so paging needs no state and survives restarts. A click asks the
 * core again (the whole corpus, or the question in the conversation of the message the button is
 * on) and edits the message to that page, keeping its vote and share buttons.
 */
final class PageButtons {
  private final Answering core;
  private final EmbedRenderer renderer;
  private final ConversationKeys conversations;
  private final Responder responder;

  PageButtons(
      Answering core, EmbedRenderer renderer, ConversationKeys conversations, Responder responder) {
    this.core = core;
    this.renderer = renderer;
    this.conversations = conversations;
    this.responder = responder;
  }

  /** Handles the click if it is a paging button; false if it is not one of ours. */
  boolean onButton(ButtonInteractionEvent event) {
    Optional<PageToken> token = Controls.pageToken(event.getComponentId());
    if (token.isEmpty()) {
      return false;
    }
    List<ActionRow> kept = Controls.keptRows(event.getMessage(), true);
    String conversation = conversations.ofAnswer(event.getMessage());
    responder.edit(event, () -> page(token.get(), ask(token.get(), conversation), kept));
    return true;
  }

  private Answer ask(PageToken token, String conversation) {
    return switch (token.source()) {
      case LIST -> core.list();
      // Whose conversation it is comes from the message, never from the id: Replies leaves it
      // out to keep ids short, and an id cannot then point a click into someone else's context.
      case QUESTION -> core.answer(new Question(token.question(), conversation));
    };
  }

  /** The page of {@code answer} the token points at, with Previous/Next, then {@code kept}. */
  Reply page(PageToken token, Answer answer, List<ActionRow> kept) {
    List<ActionRow> rows = new ArrayList<>();
    if (!(answer instanceof Answer.PaperList list)) {
      // The question no longer gives a list (its context expired): show what it gives now.
      rows.addAll(kept);
      return new Reply(
          List.of(renderer.render(answer)), rows, answer.visibility() == Visibility.ASKER);
    }
    EmbedRenderer.Page page = renderer.page(list, token.offset() / EmbedRenderer.PAGE_SIZE + 1);
    if (page.pages() > 1 && Controls.pages(token, list.papers().size())) {
      rows.add(Controls.paging(token, page));
    }
    rows.addAll(kept);
    return new Reply(List.of(page.embed()), rows, false);
  }
}
