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
    /** The start of each connection's answer, as far as read. */
    private final List<StringBuilder> answers = new ArrayList<>();
    private final Thread dripper;
    private volatile boolean open = true;

    private SlowClients(int port, int count, String head, Duration interval) throws IOException {
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            sockets.add(socket);
            answers.add(new StringBuilder());
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
    public static SlowClients sendingBodies(int port, int count, String method, String path, String contentType,
                                            int contentLength, Duration interval) throws IOException {
        return new SlowClients(port, count, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n{", interval);
    }

    /** How many of the connections the server has answered with this status (a 408 when their time is up). */
    public long answeredWith(int status) {
        String statusLine = "HTTP/1.1 " + status;
        for (int i = 0; i < sockets.size(); i++) {
            StringBuilder answer = answers.get(i);
            try {
                sockets.get(i).setSoTimeout(1);
                while (answer.length() < statusLine.length()) {
                    int b = sockets.get(i).getInputStream().read();
                    if (b < 0) {
                        break;
                    }
                    answer.append((char) b);
                }
            } catch (IOException e) {
                // nothing more has arrived, or the connection was closed
            }
        }
        return answers.stream().filter(answer -> answer.toString().equals(statusLine)).count();
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
