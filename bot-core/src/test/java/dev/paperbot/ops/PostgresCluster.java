package dev.paperbot.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster from Debian's binaries: initdb and pg_ctl in a temp directory, on
 * a free port on 127.0.0.1, trust authentication, no fsync. PostgreSQL refuses to run as root, so
 * as root it runs as the {@code postgres} user through runuser.
 */
final class PostgresCluster implements AutoCloseable {

  /** Set by .ci/run: there a missing PostgreSQL is a failure, not a skip. */
  static final String REQUIRED = "PAPERBOT_REQUIRE_POSTGRES";

  final int port;
  private final Path bin;
  private final Path dir;
  private final boolean asPostgres;

  private PostgresCluster(Path bin, Path dir, int port, boolean asPostgres) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** The directory holding initdb and pg_ctl, newest version first; empty when there is none. */
  static Optional<Path> binaries() {
    List<Path> candidates = new ArrayList<>();
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        versions
            .map(v -> v.resolve("bin"))
            .sorted(Comparator.comparing(PostgresCluster::version).reversed())
            .forEach(candidates::add);
      } catch (IOException e) {
        throw new IllegalStateException("cannot list " + root, e);
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String p : path.split(":")) {
        candidates.add(Path.of(p));
      }
    }
    return candidates.stream()
        .filter(
            b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
        .findFirst();
  }

  private static int version(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D.*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static PostgresCluster start(Path bin) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("paperbot-pg");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PostgresCluster pg = new PostgresCluster(bin, dir, port, root);
    if (root) {
      run(List.of("chown", "postgres:", dir.toString()), false);
    }
    pg.pg(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-U",
            "paperbot",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync"));
    pg.pg(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-l",
            dir.resolve("log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
            "start"));
    return pg;
  }

  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  private void pg(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    run(full, true);
  }

  private static void run(List<String> command, boolean quiet)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(
          String.join(" ", command) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() throws Exception {
    try {
      pg(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-m",
              "immediate",
              "-w",
              "stop"));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
