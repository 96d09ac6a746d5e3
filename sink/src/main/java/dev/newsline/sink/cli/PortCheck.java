package dev.newsline.sink.cli;

import dev.newsline.sink.api.HttpEndpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Fails fast, before the instance starts, when the HTTP port cannot be bound (in use, or a host not of this machine). */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(HttpEndpoint endpoint) {
        try (ServerSocket probe = new ServerSocket(endpoint.port(), 1, InetAddress.getByName(endpoint.host()))) {
            // bound: free now
        } catch (IOException e) {
            throw new UserError("cannot serve HTTP at " + endpoint.url() + ": " + e.getMessage()
                    + " (choose another --http-port or --http-host)");
        }
    }
}
