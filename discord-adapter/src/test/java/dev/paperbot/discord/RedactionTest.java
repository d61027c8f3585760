package dev.paperbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://user:pass@proxy/api|https://<redacted>@proxy/api",
        "at wss://u:p@ss@gw.example:443/ and http://a@b/c|at wss://<redacted>@gw.example:443/ and http://<redacted>@b/c",
        "https://discord.com/api/v10/|https://discord.com/api/v10/",
        "https://host/path?mail=a@b.example|https://host/path?mail=a@b.example",
        "no url here, just me@example.com|no url here, just me@example.com"
      })
  void redactsTheUserInfoOfEveryUrlAndNothingElse(String text, String redacted) {
    assertEquals(redacted, Redaction.redact(text));
  }

  @Test
  void theCauseIsTheMostSpecificFailureNotJdasTrailingContextException() {
    Exception e =
        new IllegalStateException(
            "wrapped",
            new IOException(
                "Failed to connect to http://u:secret@h/",
                new ConnectException("Connection refused")));

    assertEquals("ConnectException: Connection refused", Redaction.cause(e));
    assertEquals(
        "IOException: Failed to connect to http://<redacted>@h/",
        Redaction.cause(new IOException("Failed to connect to http://u:secret@h/")));
  }

  @Test
  void withoutUserInfoKeepsTheRestOfTheUrl() {
    assertEquals(
        "http://127.0.0.1:80/api/v10/",
        Redaction.withoutUserInfo("http://user:pass@127.0.0.1:80/api/v10/"));
    assertEquals(java.util.Optional.of("user:p@ss"), Redaction.userInfo("http://user:p%40ss@h/"));
  }
}
