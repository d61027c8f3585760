package dev.paperbot.discord.fake;

/** The fixed world of the fake Discord: one bot, one server, one channel, one reader. */
public final class Ids {
  public static final String TOKEN = "fake.bot-token.for-tests-only";
  public static final long BOT_ID = 1_111_111_111_111_111_11L;
  public static final long APP_ID = BOT_ID;
  public static final long GUILD_ID = 2_222_222_222_222_222_22L;
  public static final long CHANNEL_ID = 3_333_333_333_333_333_33L;
  public static final long USER_ID = 4_444_444_444_444_444_44L;
  public static final long OTHER_BOT_ID = 5_555_555_555_555_555_55L;
  public static final long DM_CHANNEL_ID = 6_666_666_666_666_666_66L;
  public static final long COMMAND_ID = 7_777_777_777_777_777_77L;

  /** View channel, send messages (+ in threads), embed links, read history, use app commands. */
  public static final String PERMISSIONS =
      Long.toString(1024L | 2048L | 16384L | 65536L | 274877906944L | 2147483648L);

  private Ids() {}
}
