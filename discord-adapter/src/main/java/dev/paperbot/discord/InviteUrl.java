package dev.paperbot.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * The link that adds the bot to a server: scopes {@code bot applications.commands} and only the
 * permissions it uses.
 */
public final class InviteUrl {

  /**
   * See channels, answer in them and in threads, show embeds, and reply to a message (a reply needs
   * the message history).
   */
  public static final Set<Permission> PERMISSIONS =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_SEND_IN_THREADS,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_HISTORY);

  public static final String SCOPES = "bot+applications.commands";

  private InviteUrl() {}

  public static String forApplication(long applicationId) {
    return "https://discord.com/oauth2/authorize?client_id="
        + Long.toUnsignedString(applicationId)
        + "&scope="
        + SCOPES
        + "&permissions="
        + Permission.getRaw(PERMISSIONS);
  }
}
