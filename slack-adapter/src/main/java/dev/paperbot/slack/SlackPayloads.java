package dev.paperbot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a well-formed Slack request body from a malformed one, before Bolt parses it: Bolt throws
 * deep inside its parser on {@code []}, {@code {"event":null}}, {@code payload=%%%} or {@code
 * payload={bad json}, and listeners would meet events without the fields they read. Only the shape
 * is checked (JSON object, the fields every request of its kind carries), never the content.
 */
final class SlackPayloads {

  /** Events the adapter answers, which all carry a channel and a ts. */
  private static final Set<String> MESSAGE_EVENTS = Set.of("app_mention", "message");

  private SlackPayloads() {}

  /** Null when the body is a well-formed Slack request, else what is wrong with it (loggable). */
  static String problem(String contentType, String body) {
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    if (type.startsWith("application/json")) {
      return jsonProblem(body);
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return formProblem(body);
    }
    return "a body of content type "
        + (contentType == null ? "(none)" : "'" + oneLine(contentType) + "'");
  }

  private static String jsonProblem(String body) {
    JsonObject json = object(body);
    if (json == null) {
      return "a JSON body that is not an object";
    }
    String type = string(json, "type");
    if (type == null) {
      return "a JSON body without a type";
    }
    switch (type) {
      case "url_verification" -> {
        return string(json, "challenge") == null ? "a url_verification without challenge" : null;
      }
      case "event_callback" -> {
        JsonObject event = child(json, "event");
        if (event == null || string(event, "type") == null) {
          return "an event_callback without an event type";
        }
        String eventType = string(event, "type");
        if (MESSAGE_EVENTS.contains(eventType)
            && (string(event, "channel") == null || string(event, "ts") == null)) {
          return "a " + eventType + " event without channel or ts";
        }
        if ("link_shared".equals(eventType)
            && !(event.get("links") != null && event.get("links").isJsonArray())) {
          return "a link_shared event without links";
        }
        if ("app_home_opened".equals(eventType) && string(event, "user") == null) {
          return "an app_home_opened event without user";
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String formProblem(String body) {
    Map<String, String> form = new HashMap<>();
    try {
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        form.put(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      return "a form body with broken percent-encoding";
    }
    if (form.containsKey("payload")) {
      JsonObject payload = object(form.get("payload"));
      if (payload == null) {
        return "an interactive payload that is not a JSON object";
      }
      if (string(payload, "type") == null) {
        return "an interactive payload without a type";
      }
      if (child(payload, "user") == null) {
        return "an interactive payload without a user";
      }
      return null;
    }
    if (form.containsKey("command")) {
      for (String field : new String[] {"command", "user_id", "channel_id", "response_url"}) {
        if (form.get(field) == null || form.get(field).isEmpty()) {
          return "a slash command without " + field;
        }
      }
      return null;
    }
    if (form.containsKey("ssl_check")) {
      return null;
    }
    return "a form body that is neither a command nor an interactive payload";
  }

  private static JsonObject object(String text) {
    try {
      JsonElement element = JsonParser.parseString(text);
      return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (JsonParseException | IllegalStateException e) {
      return null;
    }
  }

  private static JsonObject child(JsonObject json, String name) {
    JsonElement e = json.get(name);
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
  }

  private static String string(JsonObject json, String name) {
    JsonElement e = json.get(name);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
        ? e.getAsString()
        : null;
  }

  private static String oneLine(String s) {
    String cut = s.length() > 60 ? s.substring(0, 60) : s;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
