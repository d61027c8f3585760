package dev.paperbot.discord;

/** The bot could not start; the message tells the operator what to do. Never holds the token. */
public final class StartupException extends Exception {
  public StartupException(String message) {
    super(message);
  }

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
