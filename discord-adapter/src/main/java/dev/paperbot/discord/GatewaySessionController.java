package dev.paperbot.discord;

import java.util.Objects;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's default session controller with the gateway URL from configuration: JDA never asks REST for
 * the gateway, it takes it from {@link #getGateway()}, so this is where a proxy (or the test fake)
 * plugs in.
 */
final class GatewaySessionController extends ConcurrentSessionController {
  private final String gateway;

  GatewaySessionController(String gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  @Override
  public String getGateway() {
    return gateway;
  }
}
