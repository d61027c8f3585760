package dev.paperbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperbot.Answer;
import dev.paperbot.Feedback;
import dev.paperbot.Feedback.Vote;
import dev.paperbot.Feedback.VoteResult;
import dev.paperbot.Operations;
import dev.paperbot.PaperBot;
import dev.paperbot.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The feedback store, the same tests on SQLite (embedded default) and PostgreSQL. */
class JdbcFeedbackTest {

  private static PaperBot bot;
  private static Answer mla;
  private static PostgresCluster postgres;
  private static String postgresSkipped;

  @TempDir Path dataDir;

  @BeforeAll
  static void start() throws Exception {
    bot = PaperBot.create();
    mla = bot.answer("which paper introduced MLA?");
    Optional<Path> bin = PostgresCluster.binaries();
    if (bin.isPresent()) {
      postgres = PostgresCluster.start(bin.get());
    } else {
      postgresSkipped =
          "no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on PATH:"
              + " `apt-get install -y postgresql` to run the PostgreSQL half (.ci/run does)";
      if (System.getenv(PostgresCluster.REQUIRED) != null) {
        throw new IllegalStateException(postgresSkipped);
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    bot.close();
    if (postgres != null) {
      postgres.close();
    }
  }

  private static int schema = 0;

  /** A fresh store: a new SQLite file, or a new schema in the shared PostgreSQL cluster. */
  private JdbcFeedback store(String database, Operations ops) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("PAPERBOT_DATA_DIR", dataDir.toString());
    if (database.equals("postgresql")) {
      Assumptions.assumeTrue(postgres != null, postgresSkipped);
      String name = "t" + (++schema) + "_" + System.nanoTime();
      try (Connection c = DriverManager.getConnection(postgres.url(), "paperbot", "")) {
        c.createStatement().execute("CREATE SCHEMA " + name);
      }
      env.put("PAPERBOT_DATABASE_URL", postgres.url() + "?currentSchema=" + name);
      env.put("PAPERBOT_DATABASE_USER", "paperbot");
    }
    return JdbcFeedback.fromEnvironment(env, ops);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aVoteIsRecordedOnceAndChangedOnce(String database) throws Exception {
    Operations ops = Operations.none();
    try (JdbcFeedback store = store(database, ops)) {
      String ticket =
          store.ticket("slack", "U123", Question.of("which paper introduced MLA?"), mla);
      assertTrue(ticket.matches("[A-Za-z0-9_-]{1,32}"), ticket);

      assertEquals(VoteResult.RECORDED, store.vote(ticket, "slack", "U123", Vote.UP));
      assertEquals(VoteResult.UNCHANGED, store.vote(ticket, "slack", "U123", Vote.UP));
      assertTrue(store.downVoted().isEmpty());

      assertEquals(VoteResult.CHANGED, store.vote(ticket, "slack", "U123", Vote.DOWN));
      assertEquals(VoteResult.UNCHANGED, store.vote(ticket, "slack", "U123", Vote.DOWN));

      List<Feedback.DownVote> down = store.downVoted();
      assertEquals(1, down.size());
      Feedback.DownVote d = down.get(0);
      assertEquals("which paper introduced MLA?", d.question());
      assertEquals("origin", d.kind());
      assertEquals(List.of("2405.04434"), d.paperIds());
      assertEquals(mla.text(), d.answerText());
      assertEquals("slack", d.platform());
      assertEquals(1, d.downVotes(), "a changed vote counts once");

      assertEquals(
          1.0,
          ops.meters()
              .get("paperbot.feedback.votes")
              .tags("vote", "down", "result", "changed")
              .counter()
              .count());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void concurrentClicksOfOneUserCountOnce(String database) throws Exception {
    try (JdbcFeedback store = store(database, Operations.none())) {
      String ticket = store.ticket("slack", "U9", Question.of("q"), mla);
      List<java.util.concurrent.Callable<VoteResult>> clicks =
          java.util.Collections.nCopies(8, () -> store.vote(ticket, "slack", "U9", Vote.DOWN));
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        List<VoteResult> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<VoteResult> f : pool.invokeAll(clicks)) {
          results.add(f.get());
        }
        assertEquals(
            1, java.util.Collections.frequency(results, VoteResult.RECORDED), results.toString());
        assertEquals(
            7, java.util.Collections.frequency(results, VoteResult.UNCHANGED), results.toString());
      } finally {
        pool.shutdownNow();
      }
      assertEquals(1, store.downVoted().get(0).downVotes());
    }
  }

  @Test
  void credentialsMayBeInsideThePostgresUrl() throws Exception {
    Assumptions.assumeTrue(postgres != null, postgresSkipped);
    Map<String, String> env =
        Map.of(
            "PAPERBOT_DATA_DIR",
            dataDir.toString(),
            "PAPERBOT_DATABASE_URL",
            postgres.url() + "?user=paperbot&password=unused-by-trust");
    try (JdbcFeedback store = JdbcFeedback.fromEnvironment(env, Operations.none())) {
      String ticket = store.ticket("slack", "U1", Question.of("q"), mla);
      assertEquals(VoteResult.RECORDED, store.vote(ticket, "slack", "U1", Vote.UP));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void votesOfTwoUsersBothCount(String database) throws Exception {
    try (JdbcFeedback store = store(database, Operations.none())) {
      String ticket = store.ticket("discord", "111", Question.of("q"), mla);
      assertEquals(VoteResult.RECORDED, store.vote(ticket, "discord", "111", Vote.DOWN));
      assertEquals(VoteResult.RECORDED, store.vote(ticket, "discord", "222", Vote.DOWN));
      assertEquals(2, store.downVoted().get(0).downVotes());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void unknownAndMalformedTicketsAreRejected(String database) throws Exception {
    try (JdbcFeedback store = store(database, Operations.none())) {
      assertEquals(VoteResult.UNKNOWN_TICKET, store.vote("nope", "slack", "U1", Vote.UP));
      assertEquals(
          VoteResult.UNKNOWN_TICKET, store.vote("'; DROP TABLE votes; --", "slack", "U1", Vote.UP));
      assertEquals(VoteResult.UNKNOWN_TICKET, store.vote("x".repeat(33), "slack", "U1", Vote.UP));
      assertEquals(VoteResult.UNKNOWN_TICKET, store.vote(null, "slack", "U1", Vote.UP));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void recentQuestionsAreTheUsersNewestFirst(String database) throws Exception {
    try (JdbcFeedback store = store(database, Operations.none())) {
      store.ticket("slack", "U1", Question.of("first"), mla);
      Thread.sleep(5);
      store.ticket("slack", "U1", Question.of("second"), mla);
      store.ticket("slack", "U2", Question.of("someone else's"), mla);
      store.ticket("discord", "U1", Question.of("another platform"), mla);
      assertEquals(List.of("second", "first"), store.recentQuestions("slack", "U1", 5));
      assertEquals(List.of("second"), store.recentQuestions("slack", "U1", 1));
    }
  }

  @Test
  void userIdsAreStoredOnlyAsSaltedHashes() throws Exception {
    try (JdbcFeedback store = store("sqlite", Operations.none())) {
      String ticket = store.ticket("slack", "U0SECRETID", Question.of("q"), mla);
      store.vote(ticket, "slack", "U0SECRETID", Vote.DOWN);
    }
    Path db = dataDir.resolve("feedback.db");
    assertTrue(Files.exists(db));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = c.createStatement().executeQuery("SELECT user_hash FROM votes")) {
      assertTrue(r.next());
      String hash = r.getString(1);
      assertTrue(hash.matches("[0-9a-f]{64}"), hash);
      assertFalse(hash.contains("U0SECRETID"));
    }
    assertFalse(
        new String(Files.readAllBytes(db), java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains("U0SECRETID"));
    // The salt is per installation: a second store in the same directory hashes alike.
    try (JdbcFeedback again = store("sqlite", Operations.none())) {
      assertEquals(1, again.downVoted().size());
    }
  }

  @Test
  void aNewDataDirectoryIsPrivateToTheBotsUser() throws Exception {
    Path dir = dataDir.resolve("fresh");
    try (JdbcFeedback store =
        JdbcFeedback.fromEnvironment(
            Map.of("PAPERBOT_DATA_DIR", dir.toString()), Operations.none())) {
      assertEquals(
          "rwx------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(dir)));
      assertEquals(
          "rw-------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(dir.resolve("feedback-salt"))));
    }
  }

  @Test
  void theSaltVariableChangesTheHash() throws Exception {
    Map<String, String> env = Map.of("PAPERBOT_DATA_DIR", dataDir.toString());
    Map<String, String> salted =
        Map.of("PAPERBOT_DATA_DIR", dataDir.toString(), "PAPERBOT_FEEDBACK_SALT", "pepper");
    try (JdbcFeedback a = JdbcFeedback.fromEnvironment(env, Operations.none());
        JdbcFeedback b = JdbcFeedback.fromEnvironment(salted, Operations.none())) {
      assertFalse(a.hash("slack", "U1").equals(b.hash("slack", "U1")));
      assertEquals(a.hash("slack", "U1"), a.hash("slack", "U1"));
    }
  }

  @Test
  void aNonPostgresUrlIsRejectedNamingTheVariableWithoutThePassword() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JdbcFeedback.fromEnvironment(
                    Map.of("PAPERBOT_DATABASE_URL", "mysql://root:hunter2@db/x"),
                    Operations.none()));
    assertTrue(e.getMessage().contains("PAPERBOT_DATABASE_URL"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void redactHidesUserInfoAndPasswordParameters() {
    assertEquals(
        "jdbc:postgresql://***@db:5432/x?password=***&ssl=true",
        JdbcFeedback.redact("jdbc:postgresql://bob:s3cret@db:5432/x?password=s3cret&ssl=true"));
    assertEquals("jdbc:postgresql://db/x", JdbcFeedback.redact("jdbc:postgresql://db/x"));
  }

  @Test
  void anUnreachableDatabaseIsOneClearError() {
    java.io.UncheckedIOException e =
        assertThrows(
            java.io.UncheckedIOException.class,
            () ->
                JdbcFeedback.fromEnvironment(
                    Map.of(
                        "PAPERBOT_DATA_DIR", dataDir.toString(),
                        "PAPERBOT_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/x?connectTimeout=2",
                        "PAPERBOT_DATABASE_PASSWORD", "hunter2"),
                    Operations.none()));
    assertTrue(e.getMessage().contains("cannot open the feedback store"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }
}
