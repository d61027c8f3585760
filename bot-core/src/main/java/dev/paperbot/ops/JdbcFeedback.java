package dev.paperbot.ops;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.paperbot.Answer;
import dev.paperbot.Feedback;
import dev.paperbot.Operations;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feedback store: one JDBC implementation over SQLite (a file under {@value #DATA_DIR}, the
 * default) or PostgreSQL ({@value #DATABASE_URL}). The schema is migrated by Flyway from {@code
 * dev/paperbot/ops/db}; a vote is one row per (ticket, user hash), so changing it never counts
 * twice.
 */
public final class JdbcFeedback implements Feedback, AutoCloseable {

  public static final String DATA_DIR = "PAPERBOT_DATA_DIR";
  public static final String DATABASE_URL = "PAPERBOT_DATABASE_URL";
  public static final String DATABASE_USER = "PAPERBOT_DATABASE_USER";
  public static final String DATABASE_PASSWORD = "PAPERBOT_DATABASE_PASSWORD";
  public static final String SALT = "PAPERBOT_FEEDBACK_SALT";

  private static final Logger log = LoggerFactory.getLogger(JdbcFeedback.class);
  private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_TEXT = 4_000;

  private final HikariDataSource data;
  private final byte[] salt;
  private final MeterRegistry meters;
  private final Clock clock;

  JdbcFeedback(HikariDataSource data, byte[] salt, MeterRegistry meters, Clock clock) {
    this.data = data;
    this.salt = salt.clone();
    this.meters = meters;
    this.clock = clock;
  }

  /** The default data directory: {@code ~/.paperbot}. */
  public static Path defaultDataDir() {
    return Path.of(System.getProperty("user.home"), ".paperbot");
  }

  /**
   * Opens the store the environment names and migrates its schema.
   *
   * @throws IllegalArgumentException naming the variable when one is malformed
   * @throws UncheckedIOException when the data directory or the database cannot be used
   */
  public static JdbcFeedback fromEnvironment(Map<String, String> env, Operations ops) {
    String dirValue = env.getOrDefault(DATA_DIR, "").strip();
    Path dir = dirValue.isEmpty() ? defaultDataDir() : Path.of(dirValue);
    String url = env.getOrDefault(DATABASE_URL, "").strip();
    HikariConfig config = new HikariConfig();
    config.setPoolName("paperbot-feedback");
    String where;
    if (url.isEmpty()) {
      createDirectories(dir);
      Path file = dir.resolve("feedback.db");
      config.setJdbcUrl("jdbc:sqlite:" + file);
      // SQLite has one writer: one connection serialises writes instead of failing them as busy.
      config.setMaximumPoolSize(1);
      config.addDataSourceProperty("busy_timeout", "5000");
      config.setConnectionInitSql("PRAGMA foreign_keys = ON");
      where = "SQLite " + file;
    } else {
      if (!url.startsWith("jdbc:postgresql://")) {
        throw new IllegalArgumentException(
            DATABASE_URL
                + " must be a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database, was "
                + redact(url));
      }
      config.setJdbcUrl(url);
      String user = env.getOrDefault(DATABASE_USER, "");
      if (!user.isBlank()) {
        config.setUsername(user);
      }
      String password = env.getOrDefault(DATABASE_PASSWORD, "");
      if (!password.isEmpty()) {
        config.setPassword(password);
      }
      config.setMaximumPoolSize(4);
      where = "PostgreSQL " + redact(url);
    }
    config.setConnectionTimeout(10_000);
    HikariDataSource data;
    try {
      data = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new UncheckedIOException(
          new IOException("cannot open the feedback store (" + where + "): " + rootMessage(e), e));
    }
    try {
      Flyway.configure()
          .dataSource(data)
          .locations("classpath:dev/paperbot/ops/db")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      data.close();
      throw new UncheckedIOException(
          new IOException(
              "cannot migrate the feedback store (" + where + "): " + rootMessage(e), e));
    }
    log.info("Feedback store: {}", where);
    return new JdbcFeedback(data, salt(env, dir), ops.meters(), Clock.systemUTC());
  }

  @Override
  public String ticket(String platform, String userId, Question question, Answer answer) {
    String ticket = newTicket();
    try (Connection c = data.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO answers (ticket, question, kind, paper_ids, answer_text, platform,"
                    + " user_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, ticket);
      s.setString(2, cut(question.text()));
      s.setString(3, answer.kind().label());
      s.setString(4, answer.papers().stream().map(Paper::id).collect(Collectors.joining(",")));
      s.setString(5, cut(answer.text()));
      s.setString(6, platform(platform));
      s.setString(7, hash(platform, userId));
      s.setLong(8, clock.millis());
      s.executeUpdate();
      return ticket;
    } catch (SQLException e) {
      log.error("feedback store: cannot record an answer: {}", e.getMessage());
      return "";
    }
  }

  @Override
  public VoteResult vote(String ticket, String platform, String userId, Vote vote) {
    VoteResult result = record(ticket, platform, userId, vote);
    Counter.builder("paperbot.feedback.votes")
        .description("Votes on answers, by platform, vote and what became of them")
        .tag("platform", platform(platform))
        .tag("vote", vote == null ? "none" : vote.name().toLowerCase(java.util.Locale.ROOT))
        .tag("result", result.name().toLowerCase(java.util.Locale.ROOT))
        .register(meters)
        .increment();
    return result;
  }

  private VoteResult record(String ticket, String platform, String userId, Vote vote) {
    if (ticket == null || vote == null || !TICKET.matcher(ticket).matches()) {
      return VoteResult.UNKNOWN_TICKET;
    }
    String user = hash(platform, userId);
    long now = clock.millis();
    try (Connection c = data.getConnection()) {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM answers WHERE ticket = ?")) {
        s.setString(1, ticket);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return VoteResult.UNKNOWN_TICKET;
          }
        }
      }
      // Change first, then insert if absent: each statement is atomic, and the primary key makes
      // a second insert of the same (ticket, user) a no-op, so concurrent clicks count once.
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE votes SET vote = ?, updated_at = ? WHERE ticket = ? AND user_hash = ?"
                  + " AND vote <> ?")) {
        s.setString(1, vote.name());
        s.setLong(2, now);
        s.setString(3, ticket);
        s.setString(4, user);
        s.setString(5, vote.name());
        if (s.executeUpdate() > 0) {
          return VoteResult.CHANGED;
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO votes (ticket, user_hash, vote, updated_at) VALUES (?, ?, ?, ?)"
                  + " ON CONFLICT (ticket, user_hash) DO NOTHING")) {
        s.setString(1, ticket);
        s.setString(2, user);
        s.setString(3, vote.name());
        s.setLong(4, now);
        return s.executeUpdate() > 0 ? VoteResult.RECORDED : VoteResult.UNCHANGED;
      }
    } catch (SQLException e) {
      log.error("feedback store: cannot record a vote: {}", e.getMessage());
      return VoteResult.NOT_RECORDED;
    }
  }

  @Override
  public List<String> recentQuestions(String platform, String userId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Set<String> out = new LinkedHashSet<>();
    try (Connection c = data.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT question FROM answers WHERE platform = ? AND user_hash = ?"
                    + " ORDER BY created_at DESC LIMIT ?")) {
      s.setString(1, platform(platform));
      s.setString(2, hash(platform, userId));
      // Repeats are folded below, so read a few more rows than asked for.
      s.setInt(3, limit * 4);
      try (ResultSet r = s.executeQuery()) {
        while (r.next() && out.size() < limit) {
          out.add(r.getString(1));
        }
      }
    } catch (SQLException e) {
      log.error("feedback store: cannot read recent questions: {}", e.getMessage());
      return List.of();
    }
    return List.copyOf(out);
  }

  @Override
  public List<DownVote> downVoted() {
    List<DownVote> out = new ArrayList<>();
    try (Connection c = data.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT a.question, a.kind, a.paper_ids, a.answer_text, a.platform,"
                    + " COUNT(*) AS down, MAX(v.updated_at) AS last"
                    + " FROM answers a JOIN votes v ON v.ticket = a.ticket"
                    + " WHERE v.vote = 'DOWN'"
                    + " GROUP BY a.ticket, a.question, a.kind, a.paper_ids, a.answer_text,"
                    + " a.platform ORDER BY last DESC");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String ids = r.getString(3);
        out.add(
            new DownVote(
                r.getString(1),
                r.getString(2),
                ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
                r.getString(4),
                r.getString(5),
                r.getInt(6),
                Instant.ofEpochMilli(r.getLong(7))));
      }
    } catch (SQLException e) {
      log.error("feedback store: cannot read down-votes: {}", e.getMessage());
      throw new UncheckedIOException(
          new IOException("cannot read the feedback store: " + e.getMessage(), e));
    }
    return List.copyOf(out);
  }

  @Override
  public void close() {
    data.close();
  }

  String hash(String platform, String userId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(platform(platform).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Objects.requireNonNullElse(userId, "").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String platform(String platform) {
    String p = Objects.requireNonNullElse(platform, "").strip();
    return p.length() > 16 ? p.substring(0, 16) : p;
  }

  private static String cut(String text) {
    String t = Objects.requireNonNullElse(text, "");
    if (t.length() <= MAX_TEXT) {
      return t;
    }
    int end = MAX_TEXT;
    if (Character.isHighSurrogate(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(0, end);
  }

  private static String newTicket() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes); // 24 chars
  }

  /** The per-installation salt: the variable, else a random one kept in the data directory. */
  private static byte[] salt(Map<String, String> env, Path dir) {
    String given = env.getOrDefault(SALT, "");
    if (!given.isEmpty()) {
      return given.getBytes(StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("feedback-salt");
    try {
      if (!Files.exists(file)) {
        createDirectories(dir);
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
          return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        }
        Files.writeString(file, HexFormat.of().formatHex(fresh) + "\n");
      }
      return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException(
              "cannot read or create the salt file "
                  + file
                  + " (set "
                  + SALT
                  + " or a writable "
                  + DATA_DIR
                  + "): "
                  + e.getMessage(),
              e));
    }
  }

  private static void createDirectories(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        // Questions people asked live here: readable by the bot's user only.
        try {
          Files.createDirectories(
              dir,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createDirectories(dir);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException(
              "cannot create the data directory " + dir + " (" + DATA_DIR + "): " + e, e));
    }
  }

  /** The URL without user-info or a password parameter, fit for a log line or an error. */
  static String redact(String url) {
    String s = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      int at = s.indexOf('@', scheme);
      int slash = s.indexOf('/', scheme + 3);
      if (at > 0 && (slash < 0 || at < slash)) {
        s = s.substring(0, scheme + 3) + "***@" + s.substring(at + 1);
      }
    }
    return s;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return redact(m == null ? t.getClass().getSimpleName() : m);
  }
}
