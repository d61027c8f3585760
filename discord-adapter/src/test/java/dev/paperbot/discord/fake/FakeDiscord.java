package dev.paperbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperbot.discord.DiscordConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** A local Discord (REST + gateway) on 127.0.0.1 and the events a test sends through it. */
public final class FakeDiscord implements AutoCloseable {
  public final FakeRest rest;
  public volatile FakeGateway gateway;
  private static final long DISCORD_EPOCH = 1_420_070_400_000L;
  private final AtomicLong sequence = new AtomicLong();

  public FakeDiscord() throws IOException, InterruptedException {
    rest = new FakeRest();
    gateway = new FakeGateway();
    gateway.startAndWait(Duration.ofSeconds(5));
  }

  /** Takes the gateway down: connections close, new ones are refused. */
  public void stopGateway() throws InterruptedException {
    gateway.stopQuietly();
  }

  /** A fresh gateway (no sessions) on the port of the stopped one. */
  public void restartGateway() throws InterruptedException {
    FakeGateway fresh = new FakeGateway(gateway.getPort());
    fresh.startAndWait(Duration.ofSeconds(5));
    gateway = fresh;
  }

  /** The environment that points the bot here. */
  public Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put(DiscordConfig.TOKEN, Ids.TOKEN);
    env.put(DiscordConfig.API_BASE_URL, rest.baseUrl());
    env.put(DiscordConfig.GATEWAY_URL, gateway.url());
    return env;
  }

  /** A snowflake for now: JDA derives creation times (and interaction expiry) from ids. */
  public long nextId() {
    return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22)
        | (sequence.incrementAndGet() & 0xFFF);
  }

  /** {@code /paper <subcommand>} with string/boolean options; returns the interaction id. */
  public long slash(String subcommand, Object... nameValuePairs) {
    ArrayNode options = FakeRest.JSON.createArrayNode();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      ObjectNode option = options.addObject();
      option.put("name", (String) nameValuePairs[i]);
      Object value = nameValuePairs[i + 1];
      if (value instanceof Boolean b) {
        option.put("type", 5);
        option.put("value", b);
      } else {
        option.put("type", 3);
        option.put("value", (String) value);
      }
    }
    long id = nextId();
    gateway.dispatch(
        "INTERACTION_CREATE",
        Payloads.interaction(id, token(id), 2, Payloads.commandData(subcommand, options), null));
    return id;
  }

  /** The user typing {@code partial} into {@code /paper show paper:}. */
  public long autocomplete(String partial) {
    ArrayNode options = FakeRest.JSON.createArrayNode();
    ObjectNode option = options.addObject();
    option.put("name", "paper");
    option.put("type", 3);
    option.put("value", partial);
    option.put("focused", true);
    long id = nextId();
    gateway.dispatch(
        "INTERACTION_CREATE",
        Payloads.interaction(id, token(id), 4, Payloads.commandData("show", options), null));
    return id;
  }

  /** The user typing {@code partial} into {@code /paper ask question:}. */
  public long askAutocomplete(String partial) {
    ArrayNode options = FakeRest.JSON.createArrayNode();
    ObjectNode option = options.addObject();
    option.put("name", "question");
    option.put("type", 3);
    option.put("value", partial);
    option.put("focused", true);
    long id = nextId();
    gateway.dispatch(
        "INTERACTION_CREATE",
        Payloads.interaction(id, token(id), 4, Payloads.commandData("ask", options), null));
    return id;
  }

  /** "Ask PaperBot" (a message command) on {@code target}, a message in the channel. */
  public long messageCommand(String name, ObjectNode target) {
    ObjectNode data = Payloads.parse("{\"type\": 3}");
    data.put("id", Long.toString(Ids.COMMAND_ID + 1));
    data.put("name", name);
    data.put("guild_id", Long.toString(Ids.GUILD_ID));
    data.put("target_id", target.get("id").asText());
    data.putObject("resolved").putObject("messages").set(target.get("id").asText(), target);
    long id = nextId();
    gateway.dispatch("INTERACTION_CREATE", Payloads.interaction(id, token(id), 2, data, null));
    return id;
  }

  /** A click on a button with {@code customId} on the bot's message {@code message}. */
  public long click(String customId, ObjectNode message) {
    ObjectNode data = Payloads.parse("{\"component_type\": 2}");
    data.put("custom_id", customId);
    long id = nextId();
    gateway.dispatch("INTERACTION_CREATE", Payloads.interaction(id, token(id), 3, data, message));
    return id;
  }

  /** A user message in the server's channel; returns it (for replies to it). */
  public ObjectNode say(String content, boolean mentionsBot, ObjectNode replyTo) {
    ObjectNode message =
        Payloads.message(nextId(), Ids.USER_ID, false, content, mentionsBot, true, replyTo);
    gateway.dispatch("MESSAGE_CREATE", message);
    return message;
  }

  /** A message from another bot that mentions ours. */
  public ObjectNode sayAsBot(String content) {
    ObjectNode message =
        Payloads.message(nextId(), Ids.OTHER_BOT_ID, true, content, true, true, null);
    gateway.dispatch("MESSAGE_CREATE", message);
    return message;
  }

  /** A direct message to the bot, no mention. */
  public ObjectNode directMessage(String content) {
    ObjectNode message =
        Payloads.message(nextId(), Ids.USER_ID, false, content, false, false, null);
    gateway.dispatch("MESSAGE_CREATE", message);
    return message;
  }

  /** The bot's sent message as Discord would include it in a later event. */
  public static ObjectNode asMessage(RecordedRequest sent, String channel) {
    ObjectNode message = Payloads.sentMessage(8_999_999_999_999_999L, channel, sent.body());
    message.put("guild_id", Long.toString(Ids.GUILD_ID));
    return message;
  }

  /**
   * The bot's answer to interaction {@code interactionId} as Discord includes it in a later click:
   * the callback's (or edit's) embeds and buttons, flags, and who ran the command.
   *
   * @param sent a callback body ({@code {type, data}}) or a message body
   */
  public static ObjectNode answerMessage(JsonNode sent, long interactionId) {
    JsonNode data = sent.has("data") && sent.has("type") ? sent.get("data") : sent;
    ObjectNode message = Payloads.parse("{}");
    message.put("id", Long.toString(interactionId + 1));
    message.put("channel_id", Long.toString(Ids.CHANNEL_ID));
    message.put("guild_id", Long.toString(Ids.GUILD_ID));
    message.put("type", 20);
    message.put("content", data.path("content").asText(""));
    message.set("author", Payloads.botUser());
    message.set("embeds", data.path("embeds").deepCopy());
    Payloads.richEmbeds(message);
    message.set(
        "components",
        data.has("components")
            ? data.get("components").deepCopy()
            : Payloads.parse("{\"a\": []}").get("a"));
    message.put("timestamp", "2024-05-01T12:00:01.000000+00:00");
    message.putNull("edited_timestamp");
    message.put("tts", false);
    message.put("mention_everyone", false);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.put("pinned", false);
    message.put("flags", data.path("flags").asInt(0));
    ObjectNode metadata = message.putObject("interaction_metadata");
    metadata.put("id", Long.toString(interactionId));
    metadata.put("type", 2);
    metadata.set("user", Payloads.user(Ids.USER_ID, "reader", false));
    metadata.putObject("authorizing_integration_owners").put("0", Long.toString(Ids.GUILD_ID));
    return message;
  }

  public static String token(long interactionId) {
    return "interaction-token-" + interactionId;
  }

  /** The callback for one interaction. */
  public static Predicate<RecordedRequest> callbackOf(long interactionId) {
    return r ->
        r.is("POST", "interactions/" + interactionId + "/" + token(interactionId) + "/callback");
  }

  /** A message the bot posted in reply to {@code messageId}. */
  public static Predicate<RecordedRequest> replyTo(ObjectNode message) {
    String id = message.get("id").asText();
    return r ->
        r.method().equals("POST")
            && r.path().matches("channels/\\d+/messages")
            && r.json().path("message_reference").path("message_id").asText().equals(id);
  }

  @Override
  public void close() throws Exception {
    rest.close();
    gateway.stopQuietly();
  }
}
