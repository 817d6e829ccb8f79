package org.tilmash.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests written byte for byte, for what no HTTP client sends: broken escapes, a foreign {@code Host}, forged
 * forwarding headers. The answer is read until the server closes the connection.
 */
public final class RawHttp {

    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    private RawHttp() {}

    /** An answer: its status, head (status line and headers) and body as text. */
    public record Answer(int status, String head, String body) {

        public Optional<String> header(String name) {
            Matcher found = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*)$")
                    .matcher(head);
            return found.find() ? Optional.of(found.group(1).strip()) : Optional.empty();
        }
    }

    /** Sends {@code requestLine} and {@code headers} (each "Name: value"), adding {@code Connection: close}. */
    public static Answer get(int port, String requestLine, String... headers) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return send(port, request.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(received);
            String response = received.toString(StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            Matcher status = STATUS.matcher(head);
            if (!status.find()) {
                throw new IllegalStateException("Not an HTTP answer: " + head);
            }
            return new Answer(Integer.parseInt(status.group(1)), head, end < 0 ? "" : response.substring(end + 4));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
