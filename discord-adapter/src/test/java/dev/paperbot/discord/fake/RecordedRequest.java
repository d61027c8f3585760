package dev.paperbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One REST request the bot made to the fake Discord.
 *
 * @param path the path below the API base, e.g. {@code channels/3000/messages}
 * @param status the status the fake answered with
 * @param receivedNanos {@link System#nanoTime()} when it arrived
 */
public record RecordedRequest(
    String method,
    String path,
    String query,
    Map<String, String> headers,
    String body,
    int status,
    long receivedNanos) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public JsonNode json() {
    try {
      return JSON.readTree(body.isEmpty() ? "null" : body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("request body is not JSON: " + body, e);
    }
  }

  public boolean is(String method, String pathRegex) {
    return this.method.equals(method) && path.matches(pathRegex);
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + " " + body;
  }
}
