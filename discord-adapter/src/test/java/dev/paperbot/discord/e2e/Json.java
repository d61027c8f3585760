package dev.paperbot.discord.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** JSON helpers for comparing what the bot sent with what the renderer makes. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** The embed exactly as JDA serialises it into a request. */
  static JsonNode of(MessageEmbed embed) {
    try {
      return MAPPER.readTree(embed.toData().toString());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
