package org.editionkit.xml;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An HTTP server on 127.0.0.1 (a free port) that would serve what a test offers and records
 * every request, so a test can prove that nothing was fetched. Started and stopped by the test.
 */
public final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code body(path)} for every path and records "METHOD URI" of each request. */
    public static LoopbackServer start(Function<String, String> body) throws IOException {
        LoopbackServer s = new LoopbackServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        s.server.createContext("/", exchange -> {
            s.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] bytes = body.apply(exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        s.server.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** "http://127.0.0.1:PORT". */
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
