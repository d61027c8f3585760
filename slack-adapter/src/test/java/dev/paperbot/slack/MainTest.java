package dev.paperbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Main} as an operator meets it: a separate JVM with a given environment, its exit status
 * and what it prints. A configuration error is status 2 and one line naming the variable; a token
 * Slack refuses, or a Web API it cannot reach, is status 1; no stack trace, no credential.
 */
class MainTest {

  @TempDir Path dir;

  private record Run(int status, String stderr) {}

  private Run run(Map<String, String> env) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName());
    builder.environment().clear();
    builder.environment().putAll(env);
    File err = dir.resolve("stderr.txt").toFile();
    builder.redirectError(err);
    builder.redirectOutput(dir.resolve("stdout.txt").toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Main did not stop within 60 s");
    }
    return new Run(process.exitValue(), Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "no bot token; ; ; ; SLACK_BOT_TOKEN is not set",
        "full-width port; xoxb-1; s3cret; １２３; PORT must be",
        "bad bind address; xoxb-1; s3cret; 3000|localhost; BIND_ADDRESS must be",
      })
  void aConfigurationErrorExitsWith2AndOneLineNamingTheVariable(
      String why, String bot, String secret, String port, String expected) throws Exception {
    Map<String, String> env = new java.util.HashMap<>();
    if (bot != null) {
      env.put("SLACK_BOT_TOKEN", bot);
    }
    if (secret != null) {
      env.put("SLACK_SIGNING_SECRET", secret);
    }
    if (port != null) {
      String[] parts = port.split("\\|");
      env.put("PORT", parts[0]);
      if (parts.length > 1) {
        env.put("BIND_ADDRESS", parts[1]);
      }
    }

    Run run = run(env);

    assertEquals(Main.EXIT_CONFIG, run.status(), why + ": " + run.stderr());
    List<String> ours = run.stderr().lines().filter(l -> l.startsWith("paperbot-slack: ")).toList();
    assertEquals(1, ours.size(), run.stderr());
    assertTrue(ours.getFirst().contains(expected), run.stderr());
    assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run.stderr());
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource("an unreachable Web API with credentials in its URL")
  void aWebApiItCannotReachExitsWith1WithoutShowingTheCredentials(String why) throws Exception {
    Run run =
        run(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1-secretbotpart",
                "SLACK_SIGNING_SECRET", "s3cret",
                "PORT", Integer.toString(freePort()),
                "SLACK_API_URL", "http://user:hunter2@127.0.0.1:1/api/"));

    assertEquals(Main.EXIT_REFUSED, run.status(), why + ": " + run.stderr());
    assertTrue(
        run.stderr().contains("paperbot-slack: Could not reach the Slack Web API"), run.stderr());
    assertFalse(run.stderr().contains("hunter2"), run.stderr());
    assertFalse(run.stderr().contains("secretbotpart"), run.stderr());
    assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run.stderr());
  }
}
