package dev.paperbot.discord.handle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.Answer;
import dev.paperbot.Feedback;
import dev.paperbot.Question;
import dev.paperbot.discord.Fixtures;
import dev.paperbot.discord.Snapshots;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact messages of the interactive views (vote buttons, share, paging of a question's list,
 * the shared copy, vote acknowledgements, ask's autocomplete choices) against golden JSON, with
 * whether Discord shows them to the asker only.
 */
class ViewSnapshotTest {
  private static final String TICKET = "tkt_0123456789abcdef0123456789ab"; // 32, the real maximum
  private static final String USER = "444444444444444444";
  private static final EmbedRenderer RENDERER = new EmbedRenderer();
  private static final Replies REPLIES = new Replies(RENDERER, new FixedTicket());

  static Stream<Arguments> views() {
    Question mla = new Question("which paper introduced MLA?", "discord:slash:1:2");
    Question moe = new Question("which papers are about MoE?", "discord:slash:1:2");
    Question longList = new Question("which papers " + "mention mixtures ".repeat(8), "");
    return Stream.of(
        Arguments.of("view_answer_with_votes", mla, Fixtures.found(), Replies.Origin.INTERACTION),
        Arguments.of(
            "view_private_answer_with_share",
            mla,
            Fixtures.found(),
            Replies.Origin.PRIVATE_INTERACTION),
        Arguments.of(
            "view_not_found_for_the_asker", mla, Fixtures.notFound(), Replies.Origin.INTERACTION),
        Arguments.of(
            "view_mention_not_found_in_channel", mla, Fixtures.notFound(), Replies.Origin.MESSAGE),
        Arguments.of(
            "view_question_list_page_1", moe, Fixtures.paperList(), Replies.Origin.MESSAGE),
        Arguments.of(
            "view_question_list_too_long_to_page",
            longList,
            Fixtures.paperList(),
            Replies.Origin.INTERACTION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  void rendersEachViewExactlyAsTheSnapshot(
      String name, Question question, Answer answer, Replies.Origin origin) throws IOException {
    Reply reply = REPLIES.toQuestion(question, answer, USER, origin);

    Snapshots.assertMatches(name, withVisibility(reply));
  }

  @Test
  void theSharedCopyKeepsEmbedAndVotesAndNamesTheSharerWithoutPinging() throws IOException {
    Reply privately =
        REPLIES.toQuestion(
            Question.of("which paper introduced MLA?"),
            Fixtures.found(),
            USER,
            Replies.Origin.PRIVATE_INTERACTION);

    Reply shared =
        new ShareButton(RENDERER)
            .shared(
                privately.embeds(),
                List.of(
                    net.dv8tion.jda.api.components.actionrow.ActionRow.of(Controls.votes(TICKET))),
                Long.parseLong(USER));

    Snapshots.assertMatches("view_shared_to_channel", withVisibility(shared));
  }

  @ParameterizedTest
  @EnumSource(Feedback.VoteResult.class)
  void rendersEachVoteAcknowledgement(Feedback.VoteResult result) throws IOException {
    Reply ack = Reply.of(RENDERER.voteAcknowledgement(result), true);

    Snapshots.assertMatches(
        "view_vote_" + result.name().toLowerCase(java.util.Locale.ROOT), withVisibility(ack));
  }

  @Test
  void rendersAsksAutocompleteChoices() throws IOException {
    List<Command.Choice> choices =
        Suggestions.questionChoices(
            List.of(
                "which paper introduced MLA?",
                "which paper introduced @everyone <@&1> [x](https://evil.example)?",
                "what is " + "multi-head latent attention ".repeat(5) + "😀",
                "line\nbreaks\tand\u0000controls",
                "which paper introduced MLA?"));
    ArrayNode json = Snapshots.JSON.createArrayNode();
    choices.forEach(c -> json.addObject().put("name", c.getName()).put("value", c.getAsString()));

    Snapshots.assertMatches("view_ask_choices", json);
  }

  @Test
  void withoutAFeedbackStoreAnAnswerHasNoButtons() {
    Reply reply =
        new Replies(RENDERER, Feedback.none())
            .toQuestion(Question.of("q"), Fixtures.found(), USER, Replies.Origin.INTERACTION);

    assertEquals(List.of(), reply.components());
  }

  private static String withVisibility(Reply reply) throws IOException {
    ObjectNode view = Snapshots.JSON.createObjectNode();
    view.put("ephemeral", reply.ephemeral());
    view.set("message", Snapshots.JSON.readTree(reply.toCreateData().toData().toString()));
    return Snapshots.JSON.writeValueAsString(view);
  }

  /** A store that hands out one fixed ticket, so the snapshots are stable. */
  private static final class FixedTicket implements Feedback {
    @Override
    public String ticket(String platform, String userId, Question question, Answer answer) {
      return TICKET;
    }

    @Override
    public VoteResult vote(String ticket, String platform, String userId, Vote vote) {
      return VoteResult.RECORDED;
    }

    @Override
    public List<String> recentQuestions(String platform, String userId, int limit) {
      return List.of();
    }

    @Override
    public List<DownVote> downVoted() {
      return List.of();
    }
  }
}
