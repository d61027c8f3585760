package dev.paperbot.discord;

/** The environment does not describe a runnable bot; the message says what to set and where. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
