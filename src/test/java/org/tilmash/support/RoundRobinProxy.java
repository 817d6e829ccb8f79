package org.tilmash.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A load balancer of the test's own: every request (not every connection) goes to the next node in turn, as a
 * balancer without sticky sessions does; a node that refuses a connection is taken out of the rotation and the request
 * is answered 502, so the client may retry (as behind nginx with {@code proxy_next_upstream off}). Each response names
 * the node that served it in {@code X-Test-Node}.
 */
public final class RoundRobinProxy implements AutoCloseable {

    public static final String NODE_HEADER = "X-Test-Node";

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "expect",
            "host",
            "keep-alive",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade");

    private final List<Integer> ports;
    private final Set<Integer> down = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final List<Hook> hooks = new CopyOnWriteArrayList<>();

    /** Runs {@code action} right after a matching request was forwarded to a node, before its answer is read. */
    public record Hook(String method, IntPredicate node, Runnable action) {}

    public RoundRobinProxy(List<Integer> ports) throws IOException {
        this.ports = List.copyOf(ports);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::forward);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Once: {@code action} runs when the next {@code method} request has been sent to a node {@code node} accepts. */
    public void once(String method, IntPredicate node, Runnable action) {
        hooks.add(new Hook(method, node, action));
    }

    private int choose() {
        for (int attempt = 0; attempt < ports.size(); attempt++) {
            int index = Math.floorMod(next.getAndIncrement(), ports.size());
            if (!down.contains(index)) {
                return index;
            }
        }
        return -1;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            int node = choose();
            if (node < 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + ports.get(node) + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            exchange.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> answer;
            try {
                var pending = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                for (Hook hook : hooks) {
                    if (hook.method().equals(exchange.getRequestMethod())
                            && hook.node().test(node)
                            && hooks.remove(hook)) {
                        hook.action().run();
                    }
                }
                answer = pending.join();
            } catch (RuntimeException failed) {
                // Refused or cut off: the node is gone. The client hears 502 and may try again (on another node).
                down.add(node);
                exchange.getResponseHeaders().add(NODE_HEADER, String.valueOf(node));
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))
                        && !header.getKey().startsWith(":")) {
                    exchange.getResponseHeaders().put(header.getKey(), header.getValue());
                }
            }
            exchange.getResponseHeaders().add(NODE_HEADER, String.valueOf(node));
            byte[] bytes = answer.body();
            boolean empty = bytes.length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : bytes.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
    }
}
