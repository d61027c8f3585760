package dev.paperbot.cli;

import dev.paperbot.Operations;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code health}: asks a running bot's management port for {@code /health}, for a container's
 * {@code HEALTHCHECK} on a JRE image that has neither curl nor wget. Exit 0 healthy, 1 otherwise
 * (Docker reads any other status as unhealthy too, and reserves 2).
 */
@Command(
    name = "health",
    mixinStandardHelpOptions = true,
    description = {
      "Check a running bot: GET /health on its management port (for container health checks).",
      "Exit 0 when it answers 200, 1 when it is down or unreachable."
    })
final class Health implements Callable<Integer> {

  private final Main.Context context;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The management port (default: PAPERBOT_MANAGEMENT_PORT, else 9090).")
  Integer port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Default: ${DEFAULT-VALUE}.")
  String host;

  Health(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    int p = port != null ? port : configuredPort();
    URI uri = URI.create("http://" + host + ":" + p + "/health");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      context.out.println(r.body());
      return r.statusCode() == 200 ? 0 : 1;
    } catch (IOException e) {
      context.err.println("paperbot: " + uri + " unreachable: " + Errors.describe(e));
      return 1;
    }
  }

  private int configuredPort() {
    String v = context.env.getOrDefault(Operations.MANAGEMENT_PORT_VARIABLE, "").strip();
    return v.matches("[0-9]{1,5}") && !v.equals("0") ? Integer.parseInt(v) : 9090;
  }
}
