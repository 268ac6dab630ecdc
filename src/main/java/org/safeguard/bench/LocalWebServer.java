package org.safeguard.bench;

import java.net.InetAddress;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * When a benchmark serves pages ({@code bench dashboard} times them over HTTP, as a browser gets them), it serves
 * them on a free port of this machine only, whatever {@code server.port} says: a benchmark never answers the network
 * nor clashes with a running service.
 */
@Component
@ConditionalOnProperty(name = "safeguard.command", havingValue = "bench")
class LocalWebServer implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        factory.setPort(0);
        factory.setAddress(InetAddress.getLoopbackAddress());
    }

    /** After Spring Boot's own customizer, which applies {@code server.*}. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
