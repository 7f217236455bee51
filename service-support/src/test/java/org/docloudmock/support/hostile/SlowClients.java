package org.docloudmock.support.hostile;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Connections that send a request's head and then its body one byte at a time, as a slow-loris client does,
 * until closed. One thread drips a byte into every connection each {@code interval}.
 */
public final class SlowClients implements AutoCloseable {

    private final List<Socket> sockets = new ArrayList<>();
    private final Thread dripper;
    private volatile boolean open = true;

    private SlowClients(int port, int count, String head, Duration interval) throws IOException {
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            sockets.add(socket);
        }
        dripper = new Thread(() -> {
            while (open) {
                for (Socket socket : sockets) {
                    try {
                        socket.getOutputStream().write(' ');
                    } catch (IOException e) {
                        // answered and closed by the server: that is allowed
                    }
                }
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "slow-clients");
        dripper.setDaemon(true);
        dripper.start();
    }

    /** {@code count} connections that each announce a body of {@code contentLength} bytes to {@code method path}. */
    public static SlowClients sendingBodies(int port, int count, String method, String path, int contentLength,
                                            Duration interval) throws IOException {
        return new SlowClients(port, count, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n{", interval);
    }

    /** How many of the connections the server answered or closed (it sees a 408 when their time is up). */
    public long answered() {
        return sockets.stream().filter(socket -> {
            try {
                socket.setSoTimeout(1);
                return socket.getInputStream().read() != 0;
            } catch (IOException e) {
                return e instanceof java.net.SocketTimeoutException ? false : true;
            }
        }).count();
    }

    @Override
    public void close() throws IOException {
        open = false;
        dripper.interrupt();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
