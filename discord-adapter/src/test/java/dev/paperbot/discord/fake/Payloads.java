package dev.paperbot.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Gateway and REST bodies shaped like Discord's own. JDA drops events silently when a field it
 * relies on is missing, so these err on the side of complete.
 */
public final class Payloads {
  private static final String JOINED = "2024-01-01T00:00:00.000000+00:00";

  private Payloads() {}

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) FakeRest.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode botUser() {
    return parse(
        """
        {"id": "%d", "username": "PaperBot", "discriminator": "0000", "global_name": null,
         "avatar": null, "bot": true, "verified": true, "mfa_enabled": false, "flags": 0,
         "public_flags": 0}
        """
            .formatted(Ids.BOT_ID));
  }

  static ObjectNode user(long id, String name, boolean bot) {
    ObjectNode user =
        parse(
            """
            {"id": "%d", "discriminator": "0", "global_name": null, "avatar": null,
             "public_flags": 0, "bot": %b}
            """
                .formatted(id, bot));
    return user.put("username", name);
  }

  static ObjectNode application() {
    ObjectNode app =
        parse(
            """
            {"id": "%d", "name": "PaperBot", "icon": null, "description": "", "summary": "",
             "bot_public": true, "bot_require_code_grant": false, "verify_key": "00",
             "flags": 0, "team": null, "tags": [], "redirect_uris": [],
             "interactions_endpoint_url": null, "integration_types_config": {}}
            """
                .formatted(Ids.APP_ID));
    app.set("owner", user(Ids.USER_ID, "owner", false));
    app.set("bot", botUser());
    return app;
  }

  static ObjectNode ready(String sessionId, String resumeUrl) {
    ObjectNode ready =
        parse(
            """
            {"v": 10, "guilds": [{"id": "%d", "unavailable": true}],
             "application": {"id": "%d", "flags": 0}, "private_channels": [],
             "relationships": [], "presences": [], "guild_join_requests": [],
             "user_settings": {}, "session_type": "normal", "_trace": ["fake-discord"]}
            """
                .formatted(Ids.GUILD_ID, Ids.APP_ID));
    ready.set("user", botUser());
    ready.put("session_id", sessionId);
    ready.put("resume_gateway_url", resumeUrl);
    return ready;
  }

  static ObjectNode guildCreate() {
    ObjectNode guild =
        parse(
            """
            {"id": "%1$d", "name": "Paper readers", "icon": null, "splash": null,
             "discovery_splash": null, "banner": null, "description": null,
             "owner_id": "%2$d", "afk_channel_id": null, "afk_timeout": 300,
             "verification_level": 0, "default_message_notifications": 0,
             "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0,
             "premium_tier": 0, "premium_subscription_count": 0,
             "premium_progress_bar_enabled": false, "preferred_locale": "en-US",
             "system_channel_id": null, "system_channel_flags": 0, "rules_channel_id": null,
             "public_updates_channel_id": null, "safety_alerts_channel_id": null,
             "vanity_url_code": null, "max_members": 500000, "max_video_channel_users": 25,
             "application_id": null, "features": [], "joined_at": "%4$s", "large": false,
             "unavailable": false, "member_count": 2, "lazy": true,
             "roles": [{"id": "%1$d", "name": "@everyone", "color": 0, "colors":
                {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
                "hoist": false, "icon": null, "unicode_emoji": null, "position": 0,
                "permissions": "%5$s", "managed": false, "mentionable": false, "flags": 0}],
             "emojis": [], "stickers": [], "voice_states": [], "presences": [],
             "stage_instances": [], "guild_scheduled_events": [], "threads": [],
             "soundboard_sounds": [],
             "channels": [{"id": "%3$d", "type": 0, "guild_id": "%1$d", "name": "papers",
                "position": 0, "permission_overwrites": [], "topic": null, "nsfw": false,
                "last_message_id": null, "rate_limit_per_user": 0, "parent_id": null,
                "flags": 0}]}
            """
                .formatted(Ids.GUILD_ID, Ids.USER_ID, Ids.CHANNEL_ID, JOINED, Ids.PERMISSIONS));
    ArrayNode members = guild.putArray("members");
    members.add(member(botUser()));
    return guild;
  }

  static ObjectNode member(ObjectNode user) {
    ObjectNode member =
        parse(
            """
            {"roles": [], "joined_at": "%s", "deaf": false, "mute": false, "flags": 0,
             "pending": false, "nick": null, "avatar": null, "premium_since": null,
             "communication_disabled_until": null}
            """
                .formatted(JOINED));
    member.set("user", user);
    return member;
  }

  /**
   * A MESSAGE_CREATE in the server's channel (or a DM when {@code guild} is false).
   *
   * @param mentionsBot whether the bot is in {@code mentions}, as Discord puts it when the text has
   *     {@code <@bot>} or the message replies to the bot with a ping
   * @param replyTo the message this one replies to (a full message object), or null
   */
  public static ObjectNode message(
      long id,
      long authorId,
      boolean authorIsBot,
      String content,
      boolean mentionsBot,
      boolean guild,
      ObjectNode replyTo) {
    long channel = guild ? Ids.CHANNEL_ID : Ids.DM_CHANNEL_ID;
    ObjectNode message =
        parse(
            """
            {"id": "%d", "channel_id": "%d", "timestamp": "2024-05-01T12:00:00.000000+00:00",
             "edited_timestamp": null, "tts": false, "mention_everyone": false,
             "mention_roles": [], "attachments": [], "embeds": [], "components": [],
             "pinned": false, "flags": 0, "nonce": "%1$d"}
            """
                .formatted(id, channel));
    message.put("content", content);
    message.put("type", replyTo == null ? 0 : 19);
    message.set("author", user(authorId, authorIsBot ? "otherbot" : "reader", authorIsBot));
    if (guild) {
      message.put("guild_id", Long.toString(Ids.GUILD_ID));
      ObjectNode member = member(user(authorId, "reader", authorIsBot));
      member.remove("user");
      message.set("member", member);
    }
    ArrayNode mentions = message.putArray("mentions");
    if (mentionsBot) {
      ObjectNode bot = botUser();
      if (guild) {
        ObjectNode member = member(botUser());
        member.remove("user");
        bot.set("member", member);
      }
      mentions.add(bot);
    }
    if (replyTo != null) {
      ObjectNode reference = message.putObject("message_reference");
      reference.put("type", 0);
      reference.put("message_id", replyTo.get("id").asText());
      reference.put("channel_id", Long.toString(channel));
      if (guild) {
        reference.put("guild_id", Long.toString(Ids.GUILD_ID));
      }
      message.set("referenced_message", replyTo);
    }
    return message;
  }

  /** What Discord returns for a message the bot sent: the request echoed with ids. */
  static ObjectNode sentMessage(long id, String channel, String requestBody) {
    ObjectNode sent;
    try {
      JsonNode request = requestBody.isEmpty() ? parse("{}") : FakeRest.JSON.readTree(requestBody);
      sent = request.isObject() ? ((ObjectNode) request).deepCopy() : parse("{}");
    } catch (JsonProcessingException e) {
      sent = parse("{}"); // multipart or odd bodies: answer with an empty message
    }
    JsonNode reference = sent.get("message_reference");
    sent.remove(
        java.util.List.of("allowed_mentions", "message_reference", "nonce", "enforce_nonce"));
    sent.put("id", Long.toString(id));
    sent.put("channel_id", channel);
    sent.set("author", botUser());
    if (!sent.has("content")) {
      sent.put("content", "");
    }
    sent.put("timestamp", "2024-05-01T12:00:01.000000+00:00");
    sent.putNull("edited_timestamp");
    sent.put("tts", false);
    sent.put("mention_everyone", false);
    sent.putArray("mentions");
    sent.putArray("mention_roles");
    sent.putArray("attachments");
    if (!sent.has("embeds")) {
      sent.putArray("embeds");
    }
    richEmbeds(sent);
    sent.putArray("components"); // JDA does not need our own buttons echoed back
    sent.put("pinned", false);
    sent.put("flags", sent.path("flags").asInt(0));
    sent.put("type", reference == null ? 0 : 19);
    if (reference != null) {
      ObjectNode ref = sent.putObject("message_reference");
      ref.put("type", 0);
      ref.put("message_id", reference.path("message_id").asText());
      ref.put("channel_id", channel);
    }
    return sent;
  }

  /** Discord types every embed a bot sends as "rich"; JDA refuses embeds without a type. */
  public static void richEmbeds(ObjectNode message) {
    message.withArray("embeds").forEach(e -> ((ObjectNode) e).put("type", "rich"));
  }

  /** INTERACTION_CREATE for a command, autocomplete (type 4) or component (type 3). */
  static ObjectNode interaction(
      long id, String token, int type, ObjectNode data, ObjectNode message) {
    ObjectNode interaction =
        parse(
            """
            {"id": "%1$d", "application_id": "%2$d", "version": 1, "guild_id": "%3$d",
             "guild": {"id": "%3$d", "locale": "en-US", "features": []},
             "channel_id": "%4$d",
             "channel": {"id": "%4$d", "type": 0, "guild_id": "%3$d", "name": "papers",
                "position": 0, "permission_overwrites": [], "nsfw": false, "topic": null,
                "last_message_id": null, "rate_limit_per_user": 0, "parent_id": null,
                "flags": 0, "permissions": "%5$s"},
             "locale": "en-US", "guild_locale": "en-US", "app_permissions": "%5$s",
             "entitlements": [], "authorizing_integration_owners": {"0": "%3$d"},
             "context": 0, "attachment_size_limit": 10485760}
            """
                .formatted(id, Ids.APP_ID, Ids.GUILD_ID, Ids.CHANNEL_ID, Ids.PERMISSIONS));
    interaction.put("type", type);
    interaction.put("token", token);
    ObjectNode member = member(user(Ids.USER_ID, "reader", false));
    member.put("permissions", Ids.PERMISSIONS);
    interaction.set("member", member);
    interaction.set("data", data);
    if (message != null) {
      interaction.set("message", message);
    }
    return interaction;
  }

  /** {@code /paper <sub> [options]}; options as name/type/value triples already built. */
  static ObjectNode commandData(String subcommand, ArrayNode options) {
    ObjectNode data =
        parse(
            """
            {"id": "%d", "name": "paper", "type": 1, "guild_id": "%d"}
            """
                .formatted(Ids.COMMAND_ID, Ids.GUILD_ID));
    ObjectNode sub = data.putArray("options").addObject();
    sub.put("name", subcommand);
    sub.put("type", 1);
    sub.set("options", options);
    return data;
  }
}
