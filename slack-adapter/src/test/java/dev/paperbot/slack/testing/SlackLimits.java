package dev.paperbot.slack.testing;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.paperbot.slack.render.SlackMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Slack's documented Block Kit limits and what counts as active markup, checked on the JSON Bolt
 * sends, independently of how the renderer builds it. Each check returns its violations, so a
 * failing test says every one.
 */
public final class SlackLimits {

  public static final int MAX_MESSAGE_BLOCKS = 50;
  public static final int MAX_VIEW_BLOCKS = 100;
  public static final int MAX_SECTION_TEXT = 3_000;
  public static final int MAX_CONTEXT_TEXT = 3_000;
  public static final int MAX_CONTEXT_ELEMENTS = 10;
  public static final int MAX_HEADER_TEXT = 150;
  public static final int MAX_ACTIONS_ELEMENTS = 25;
  public static final int MAX_BUTTON_TEXT = 75;
  public static final int MAX_BUTTON_VALUE = 2_000;
  public static final int MAX_ACTION_ID = 255;

  /** Slack gives rich_text no separate limit; a section's 3,000 is the renderer's promise. */
  public static final int MAX_RICH_TEXT = 3_000;

  /** The only links the renderer may make: the paper's own pages and its code repository. */
  private static final List<String> TRUSTED_LINKS =
      List.of("https://arxiv.org/abs/", "https://arxiv.org/pdf/", "https://github.com/example/");

  /** Rich-text elements that notify people or link a channel: never from the renderer. */
  private static final Set<String> ACTIVE_ELEMENTS =
      Set.of("broadcast", "usergroup", "channel", "team");

  private static final Gson GSON =
      GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create();

  private SlackLimits() {}

  public static String json(LayoutBlock block) {
    return GSON.toJson(block);
  }

  public static JsonArray json(List<LayoutBlock> blocks) {
    return GSON.toJsonTree(blocks).getAsJsonArray();
  }

  public static List<String> violations(SlackMessage message) {
    List<String> out = new ArrayList<>();
    if (message.blocks().size() > MAX_MESSAGE_BLOCKS) {
      out.add(message.blocks().size() + " blocks");
    }
    if (message.text().isBlank()) {
      out.add("empty fallback text");
    }
    if (message.text().length() > MAX_SECTION_TEXT) {
      out.add("fallback text of " + message.text().length());
    }
    surrogates(message.text(), "fallback", out);
    blocks(json(message.blocks()), out);
    return out;
  }

  public static List<String> violations(View view) {
    List<String> out = new ArrayList<>();
    if (view.getBlocks().size() > MAX_VIEW_BLOCKS) {
      out.add(view.getBlocks().size() + " view blocks");
    }
    blocks(json(view.getBlocks()), out);
    return out;
  }

  public static List<String> violations(List<LayoutBlock> blocks) {
    List<String> out = new ArrayList<>();
    if (blocks.size() > MAX_MESSAGE_BLOCKS) {
      out.add(blocks.size() + " blocks");
    }
    blocks(json(blocks), out);
    return out;
  }

  private static void blocks(JsonArray blocks, List<String> out) {
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      String type = block.get("type").getAsString();
      switch (type) {
        case "section" -> limit(block.getAsJsonObject("text"), MAX_SECTION_TEXT, "section", out);
        case "header" -> limit(block.getAsJsonObject("text"), MAX_HEADER_TEXT, "header", out);
        case "context" -> {
          JsonArray elements = block.getAsJsonArray("elements");
          if (elements.size() > MAX_CONTEXT_ELEMENTS) {
            out.add("context of " + elements.size() + " elements");
          }
          elements.forEach(e -> limit(e.getAsJsonObject(), MAX_CONTEXT_TEXT, "context", out));
        }
        case "actions" -> {
          JsonArray elements = block.getAsJsonArray("elements");
          if (elements.size() > MAX_ACTIONS_ELEMENTS) {
            out.add("actions of " + elements.size() + " elements");
          }
          for (JsonElement e : elements) {
            JsonObject button = e.getAsJsonObject();
            limit(button.getAsJsonObject("text"), MAX_BUTTON_TEXT, "button text", out);
            if (button.has("value")
                && button.get("value").getAsString().length() > MAX_BUTTON_VALUE) {
              out.add("button value of " + button.get("value").getAsString().length());
            }
            if (button.get("action_id").getAsString().length() > MAX_ACTION_ID) {
              out.add("action_id too long");
            }
          }
        }
        case "rich_text" -> {
          if (emptyElements(block)) {
            out.add("rich_text with an empty element list: " + block);
          }
          int length = richTextLength(block);
          if (length > MAX_RICH_TEXT) {
            out.add("rich_text of " + length);
          }
        }
        case "divider" -> {}
        default -> out.add("unexpected block type " + type);
      }
      surrogates(block, out);
    }
  }

  private static void limit(JsonObject text, int max, String where, List<String> out) {
    String value = text.get("text").getAsString();
    if (value.isEmpty()) {
      out.add(where + " with empty text");
    }
    if (value.length() > max) {
      out.add(where + " text of " + value.length() + " > " + max);
    }
  }

  /** Slack refuses a rich_text block, section, list or quote with no elements. */
  private static boolean emptyElements(JsonElement json) {
    if (!json.isJsonObject()) {
      return false;
    }
    JsonObject o = json.getAsJsonObject();
    if (o.has("elements")) {
      JsonArray elements = o.getAsJsonArray("elements");
      if (elements.isEmpty()) {
        return true;
      }
      for (JsonElement e : elements) {
        if (emptyElements(e)) {
          return true;
        }
      }
    }
    if ("text".equals(o.has("type") ? o.get("type").getAsString() : "")
        && o.get("text").getAsString().isEmpty()) {
      return true;
    }
    return false;
  }

  private static int richTextLength(JsonElement json) {
    int total = 0;
    if (json.isJsonObject()) {
      JsonObject o = json.getAsJsonObject();
      if (o.has("text") && o.get("text").isJsonPrimitive()) {
        total += o.get("text").getAsString().length();
      }
      if (o.has("elements")) {
        for (JsonElement e : o.getAsJsonArray("elements")) {
          total += richTextLength(e);
        }
      }
    }
    return total;
  }

  private static void surrogates(JsonElement json, List<String> out) {
    if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
      surrogates(json.getAsString(), "block", out);
    } else if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(e -> surrogates(e, out));
    } else if (json.isJsonObject()) {
      json.getAsJsonObject().entrySet().forEach(e -> surrogates(e.getValue(), out));
    }
  }

  private static void surrogates(String s, String where, List<String> out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        out.add("lone surrogate in " + where + " at " + i);
        return;
      }
    }
  }

  /** Active markup in a message that names no asker. */
  public static List<String> activeMarkup(SlackMessage message) {
    return activeMarkup(message, Set.of());
  }

  /**
   * Markup that would ping, broadcast or link: in mrkdwn (the fallback, any mrkdwn field) a {@code
   * <!…>}, {@code <@…>}, {@code <#…>} or {@code <http…>}; in rich_text a broadcast, user group,
   * channel or team element, a user element other than {@code allowedUsers}, a link to anything but
   * the paper's own pages. Text elements are literal in Slack and may hold anything.
   */
  public static List<String> activeMarkup(SlackMessage message, Set<String> allowedUsers) {
    List<String> out = new ArrayList<>();
    mrkdwn(message.text(), "fallback", out);
    active(json(message.blocks()), allowedUsers, out);
    return out;
  }

  /** Active markup in blocks and fallback text as they arrived at the fake Slack. */
  public static List<String> activeMarkup(
      JsonElement blocks, String fallback, Set<String> allowedUsers) {
    List<String> out = new ArrayList<>();
    mrkdwn(fallback == null ? "" : fallback, "fallback", out);
    active(blocks, allowedUsers, out);
    return out;
  }

  public static List<String> activeMarkup(List<LayoutBlock> blocks, Set<String> allowedUsers) {
    List<String> out = new ArrayList<>();
    active(json(blocks), allowedUsers, out);
    return out;
  }

  private static void active(JsonElement json, Set<String> allowedUsers, List<String> out) {
    if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(e -> active(e, allowedUsers, out));
      return;
    }
    if (!json.isJsonObject()) {
      return;
    }
    JsonObject o = json.getAsJsonObject();
    String type = o.has("type") ? o.get("type").getAsString() : "";
    if ("mrkdwn".equals(type)) {
      mrkdwn(o.get("text").getAsString(), "mrkdwn field", out);
    }
    if (ACTIVE_ELEMENTS.contains(type)) {
      out.add("a " + type + " element: " + o);
    }
    if ("user".equals(type) && !allowedUsers.contains(o.get("user_id").getAsString())) {
      out.add("a mention of " + o.get("user_id").getAsString());
    }
    if ("link".equals(type)) {
      String url = o.get("url").getAsString();
      if (TRUSTED_LINKS.stream().noneMatch(url::startsWith)) {
        out.add("a link to " + url);
      }
    }
    o.entrySet().forEach(e -> active(e.getValue(), allowedUsers, out));
  }

  /**
   * In mrkdwn every {@code <} opens markup (text has it escaped as {@code &lt;}); the only markup
   * allowed is a link to the paper's own pages.
   */
  private static void mrkdwn(String text, String where, List<String> out) {
    for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
      String rest = text.substring(at + 1);
      if (TRUSTED_LINKS.stream().noneMatch(rest::startsWith)) {
        out.add("markup <" + rest.substring(0, Math.min(30, rest.length())) + " in " + where);
      }
    }
  }
}
