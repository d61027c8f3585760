package dev.paperbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher and the shaded CLI jar, run as processes exactly as a user (and the container image)
 * runs them: bot-core/paperbot with the built bot-core/target/paperbot.jar.
 */
class LauncherIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LAUNCHER = Path.of("paperbot").toAbsolutePath();
  private static final Path JAR = Path.of("target", "paperbot.jar").toAbsolutePath();

  record Run(int status, String out, String err) {}

  static Run run(Path launcher, Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("PAPERBOT_") || k.startsWith("LOG_"));
    pb.environment().putAll(env);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
    }
    Run r =
        new Run(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  static Run run(Map<String, String> env, String... args) throws Exception {
    return run(LAUNCHER, env, "", args);
  }

  @Test
  void chatTokensInTheEnvironmentNeverChooseTheMode() throws Exception {
    Run r =
        run(
            Map.of("SLACK_BOT_TOKEN", "x", "DISCORD_TOKEN", "y"),
            "ask",
            "which paper introduced MLA?");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("https://arxiv.org/abs/2405.04434"), r.out());
  }

  @Test
  void aQuietStartWarnsOfNothing() throws Exception {
    Run r = run(Map.of(), "ask", "which paper introduced MLA?");
    assertEquals(0, r.status());
    assertEquals("", r.err(), "nothing on stderr a user has to ignore");
  }

  @Test
  void versionAndHelpExitZeroAndAMistypedOptionIsNamed() throws Exception {
    assertEquals(0, run(Map.of(), "--version").status());
    Run help = run(Map.of(), "ask", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().startsWith("Usage: paperbot ask"), help.out());
    Run typo = run(Map.of(), "ask", "--jsn", "x");
    assertEquals(2, typo.status());
    assertTrue(typo.err().contains("'--jsn'"), typo.err());
  }

  @Test
  void askJsonStaysJsonLinesOnStdoutWhileLogsGoToStderr(@TempDir Path tmp) throws Exception {
    // A corpus directory with a broken paper file: the build logs a warning, and DEBUG logs the
    // per-answer lines too; none of it may reach standard output.
    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    Files.copy(Path.of("..", "index-data", "paper-facts.tsv"), corpus.resolve("paper-facts.tsv"));
    Files.writeString(corpus.resolve("broken.json"), "{\"id\": ");
    Files.writeString(
        corpus.resolve("zebra.json"),
        "{\"id\":\"2601.00001\",\"title\":\"ZebraLM\",\"published\":\"2026-01-15\","
            + "\"abstract\":\"We introduce Striped Attention (SA). It works.\"}");
    Run r =
        run(
            LAUNCHER,
            Map.of("PAPERBOT_CORPUS", corpus.toString(), "LOG_LEVEL", "DEBUG"),
            "which paper introduced Striped Attention?\nwhat is the capital of France?\n\n",
            "ask",
            "--json");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    for (String line : lines) {
      assertTrue(JSON.readTree(line).isObject(), line);
    }
    assertEquals("2601.00001", JSON.readTree(lines.get(0)).at("/papers/0/id").asText());
    assertTrue(r.err().contains("WARN"), r.err());
    assertTrue(r.err().contains("answer kind=origin found=true"), r.err());
    for (String line : r.err().lines().toList()) {
      assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*"), "dated: " + line);
    }
  }

  @Test
  void logFormatJsonWritesOneJsonObjectPerLogLine() throws Exception {
    Run r =
        run(
            LAUNCHER,
            Map.of("LOG_FORMAT", "json", "LOG_LEVEL", "INFO"),
            "which paper introduced MLA?\n",
            "ask",
            "--json");
    assertEquals(0, r.status(), r.err());
    assertFalse(r.err().isBlank());
    for (String line : r.err().lines().toList()) {
      JsonNode o = JSON.readTree(line);
      assertTrue(o.has("level") && o.has("timestamp") && o.has("formattedMessage"), line);
    }
    JsonNode answer =
        JSON.readTree(r.err().lines().filter(l -> l.contains("kvpList")).findFirst().orElseThrow());
    assertEquals("origin", answer.at("/kvpList/0/kind").asText(), answer.toString());
  }

  @Test
  void aBadIndexDirectoryIsOneLineAndStatusThree(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    Run r = run(Map.of("PAPERBOT_INDEX_DIR", file.toString()), "ask", "hi");
    assertEquals(3, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void evalPrintsTheTotalLast() throws Exception {
    Run r = run(Map.of(), "eval", "src/test/resources/golden/dev-questions.jsonl");
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.getLast().matches("\\d+ passed, \\d+ failed"), r.out());
    assertEquals(lines.getLast().endsWith(" 0 failed") ? 0 : 1, r.status());
  }

  /** In a copy of the tree whose only jar is "the Slack jar", only `slack` can run. */
  @Test
  void slackAndDiscordExecTheirOwnJars(@TempDir Path tree) throws Exception {
    Files.createDirectories(tree.resolve(".ci"));
    Files.copy(Path.of("..", ".ci", "find-jdk.sh"), tree.resolve(".ci/find-jdk.sh"));
    Files.createDirectories(tree.resolve("bot-core"));
    Path launcher = tree.resolve("bot-core/paperbot");
    Files.copy(LAUNCHER, launcher);
    for (String mode : List.of("slack", "discord")) {
      Path jar = tree.resolve(mode + "-adapter/target/paperbot-" + mode + ".jar");
      Files.createDirectories(jar.getParent());
      // The CLI jar stands in for the adapter: it prints its version when given --version.
      Files.copy(JAR, jar, StandardCopyOption.REPLACE_EXISTING);
      Run r = run(launcher, Map.of("SLACK_BOT_TOKEN", "x"), "", mode, "--version");
      assertEquals(0, r.status(), r.err());
      assertTrue(r.out().startsWith("paperbot "), r.out());
      Files.delete(jar);
    }
    Run cli = run(launcher, Map.of("DISCORD_TOKEN", "y"), "", "--version");
    assertEquals(3, cli.status(), "no CLI jar in this tree and nothing to build it with");
    assertTrue(cli.err().contains("bot-core/target/paperbot.jar is missing"), cli.err());

    // The container's layout (jars, launcher, no sources) and its HEALTHCHECK command.
    Files.createDirectories(tree.resolve("bot-core/target"));
    Files.copy(JAR, tree.resolve("bot-core/target/paperbot.jar"));
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Run health =
        run(launcher, Map.of("PAPERBOT_MANAGEMENT_PORT", Integer.toString(closed)), "", "health");
    assertEquals(1, health.status(), "nothing listens: unhealthy");
    assertTrue(health.err().contains("unreachable"), health.err());
  }
}
