package org.docloudmock.support.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP/1.1 over a plain socket, one request a connection: what a hostile client sends is sent as is, which an
 * HTTP client library would refuse or repair (a NUL in the path, two Content-Lengths, an 9 KB header).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The answer; {@code status} is -1 when the connection was closed without one. */
    public record Answer(int status, String head, String body) {

        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** Sends {@code request} (ISO-8859-1 bytes) and reads until the server closes; throws if that takes longer than {@code timeout}. */
    public static Answer exchange(int port, byte[] request, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), System.nanoTime() + timeout.toNanos());
        }
    }

    public static Answer exchange(int port, String request, Duration timeout) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), timeout);
    }

    private static Answer read(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                received.write(buffer, 0, n);
                if (System.nanoTime() > deadline) {
                    throw new SocketTimeoutException("the answer did not end in time");
                }
            }
        } catch (java.net.SocketException e) {
            // reset by the server after its answer: what was read stands
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = -1;
        if (head.startsWith("HTTP/1.1 ") && head.length() >= 12) {
            status = Integer.parseInt(head.substring(9, 12));
        }
        return new Answer(status, head, body);
    }
}
