package org.docloudmock.simulator.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.swarm.SwarmHandshake;

/** A listener on a free loopback port that answers one way to each connection, for {@code doctor connect}. */
final class FakePeer implements AutoCloseable {

    enum Answer { SAME_SWARM, OTHER_SWARM, CLOSE, HTTP }

    private final ServerSocket server;

    private FakePeer(ServerSocket server, Answer answer) {
        this.server = server;
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    answer(socket, answer);
                } catch (IOException closed) {
                    // the test is over, or the doctor hung up first
                }
            }
        }, "fake-peer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static FakePeer answering(Answer answer) throws IOException {
        return new FakePeer(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()), answer);
    }

    int port() {
        return server.getLocalPort();
    }

    private static void answer(Socket socket, Answer answer) throws IOException {
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        byte[] theirs = in.readNBytes(SwarmHandshake.LENGTH);
        byte[] hash = new byte[SwarmHandshake.SWARM_HASH_LENGTH];
        System.arraycopy(theirs, 1 + SwarmHandshake.PROTOCOL_NAME.length() + 8, hash, 0, hash.length);
        switch (answer) {
            case SAME_SWARM -> write(out, new SwarmHandshake(hash, new PeerId("e".repeat(40))).encode());
            case OTHER_SWARM -> {
                hash[0] ^= 1;
                write(out, new SwarmHandshake(hash, new PeerId("e".repeat(40))).encode());
            }
            case HTTP -> out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            case CLOSE -> {
                return; // as a peer that does not hold the swarm does
            }
        }
        out.flush();
        in.read(); // until the doctor hangs up
    }

    private static void write(OutputStream out, ByteBuffer buffer) throws IOException {
        out.write(buffer.array(), buffer.arrayOffset(), buffer.remaining());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
