package dev.paperbot;

import java.util.Objects;
import java.util.Optional;

/**
 * What a paging button carries (a Slack button {@code value}, a Discord {@code custom_id}), so that
 * paging needs no server-side state: where the list came from and the first paper of the next page.
 * Both adapters use this one encoding; each checks the encoded length against its platform's limit.
 *
 * @param source {@link Source#LIST} for {@code /paper list}, {@link Source#QUESTION} for a question
 *     whose answer was a list
 * @param question the question to ask again ({@code ""} for {@code LIST})
 * @param conversation the conversation key of the question, or {@code ""}
 * @param offset index of the first paper to show
 */
public record PageToken(Source source, String question, String conversation, int offset) {

  private static final String VERSION = "p1";

  public enum Source {
    LIST,
    QUESTION
  }

  public PageToken {
    Objects.requireNonNull(source, "source");
    question = Objects.requireNonNullElse(question, "");
    conversation = Objects.requireNonNullElse(conversation, "");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
    if (conversation.contains("\n")) {
      throw new IllegalArgumentException("conversation must be one line");
    }
  }

  public static PageToken list() {
    return new PageToken(Source.LIST, "", "", 0);
  }

  public static PageToken question(String question, String conversation) {
    return new PageToken(Source.QUESTION, question, conversation, 0);
  }

  public PageToken at(int newOffset) {
    return new PageToken(source, question, conversation, newOffset);
  }

  /** The button value: {@code p1\nSOURCE\noffset\nconversation\nquestion}. */
  public String encode() {
    return String.join("\n", VERSION, source.name(), Integer.toString(offset), conversation)
        + "\n"
        + question;
  }

  /** Whether the encoded token fits in a button field of at most {@code maxLength} characters. */
  public boolean fits(int maxLength) {
    return encode().length() <= maxLength;
  }

  /** Decodes a button value; empty when it is not one this version wrote. */
  public static Optional<PageToken> decode(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split("\n", 5);
    if (parts.length != 5 || !VERSION.equals(parts[0])) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PageToken(Source.valueOf(parts[1]), parts[4], parts[3], Integer.parseInt(parts[2])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
