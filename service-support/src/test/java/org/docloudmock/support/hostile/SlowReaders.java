package org.docloudmock.support.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Connections that each send one request and then read its answer {@code chunk} bytes each {@code interval}, as a
 * slow download does, or never read it (a chunk of 0), until closed. Their receive buffers are small, so that the
 * server, not the client's kernel, holds what they have not read.
 */
public final class SlowReaders implements AutoCloseable {

    private static final int RECEIVE_BUFFER = 4096;

    private final List<Connection> connections = new ArrayList<>();
    private final Thread readerThread;
    private volatile boolean open = true;

    private static final class Connection {

        final Socket socket;
        final InputStream in;
        final StringBuilder head = new StringBuilder();
        volatile long received;
        volatile boolean closedByServer;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        /** Reads at most {@code count} bytes of what has arrived, without waiting for more. */
        synchronized void read(int count) {
            try {
                socket.setSoTimeout(1);
                byte[] buffer = new byte[count];
                int n = in.read(buffer);
                if (n < 0) {
                    closedByServer = true;
                    return;
                }
                if (head.length() < 16) {
                    head.append(new String(buffer, 0, Math.min(n, 16), StandardCharsets.ISO_8859_1));
                }
                received += n;
            } catch (SocketTimeoutException e) {
                // nothing has arrived since the last read
            } catch (IOException e) {
                closedByServer = true;
            }
        }
    }

    private SlowReaders(int port, int count, String request, int chunk, Duration interval) throws IOException {
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(RECEIVE_BUFFER);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            connections.add(new Connection(socket));
        }
        readerThread = new Thread(() -> {
            while (open) {
                if (chunk > 0) {
                    connections.forEach(connection -> connection.read(chunk));
                }
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "slow-readers");
        readerThread.setDaemon(true);
        readerThread.start();
    }

    /** {@code count} connections that each {@code GET path} with {@code headers} (CRLF-terminated lines) and read slowly. */
    public static SlowReaders reading(int port, int count, String path, String headers, int chunk, Duration interval)
            throws IOException {
        return new SlowReaders(port, count, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n", chunk,
                interval);
    }

    /** How many connections have seen the start of an answer with this status. */
    public long answeredWith(int status) {
        return connections.stream().filter(connection -> connection.head.toString().startsWith("HTTP/1.1 " + status)).count();
    }

    /** How many connections the server has closed (cut off), as far as their reads have seen. */
    public long closedByServer() {
        return connections.stream().filter(connection -> connection.closedByServer).count();
    }

    /** Reads what each connection holds (of a server that stopped sending) and tells how many the server has closed. */
    public long drainedAndClosed() {
        for (Connection connection : connections) {
            for (int i = 0; i < 1000 && !connection.closedByServer; i++) {
                long before = connection.received;
                connection.read(RECEIVE_BUFFER);
                if (connection.received == before && !connection.closedByServer) {
                    break;
                }
            }
        }
        return closedByServer();
    }

    @Override
    public void close() throws IOException {
        open = false;
        readerThread.interrupt();
        for (Connection connection : connections) {
            connection.socket.close();
        }
    }
}
