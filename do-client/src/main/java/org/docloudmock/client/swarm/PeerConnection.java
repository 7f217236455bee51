package org.docloudmock.client.swarm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.swarm.SwarmCodec;
import org.docloudmock.protocol.swarm.SwarmHandshake;
import org.docloudmock.protocol.swarm.SwarmMessage;
import org.docloudmock.protocol.swarm.SwarmProtocolException;

/**
 * One TCP connection to a peer, on its device's loop: handshake, framing, a write queue. What the messages
 * mean is the swarm session's business; the connection carries the peer-wire state that goes with it, the
 * download side in its {@link PeerState} and the upload side in its {@link ServeQueue}.
 */
final class PeerConnection implements IoLoop.Handler {

    private final PeerNode node;
    private final SocketChannel channel;
    private final boolean outbound;
    private final PeerId expectedPeer;
    private final Deque<ByteBuffer> writes = new ArrayDeque<>();
    private SelectionKey key;
    private final FrameReader frames = new FrameReader();
    private SwarmSession session;
    private PeerId remote;
    private boolean open;
    private boolean closed;
    private long queuedBytes;
    private long lastReadNanos;
    private long lastWriteNanos;
    private final PeerState state;
    private final ServeQueue serving = new ServeQueue();

    private PeerConnection(PeerNode node, SocketChannel channel, boolean outbound, SwarmSession session, PeerId expectedPeer) {
        this.node = node;
        this.channel = channel;
        this.outbound = outbound;
        this.session = session;
        this.expectedPeer = expectedPeer;
        this.lastReadNanos = node.ticker().nanoTime();
        this.lastWriteNanos = lastReadNanos;
        this.state = new PeerState(lastReadNanos);
    }

    static PeerConnection accepted(PeerNode node, SocketChannel channel) throws IOException {
        PeerConnection connection = new PeerConnection(node, channel, false, null, null);
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        connection.key = node.loop().register(channel, SelectionKey.OP_READ, connection);
        return connection;
    }

    static PeerConnection dial(PeerNode node, InetSocketAddress target, SwarmSession session, PeerId expected) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            // leave from the device's own loopback address, so the peer sees who calls as a NAT would show it
            channel.bind(new InetSocketAddress(node.address().getAddress(), 0));
            PeerConnection connection = new PeerConnection(node, channel, true, session, expected);
            if (channel.connect(target)) {
                connection.key = node.loop().register(channel, SelectionKey.OP_READ, connection);
                connection.sendHandshake();
            } else {
                connection.key = node.loop().register(channel, SelectionKey.OP_CONNECT, connection);
            }
            return connection;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    boolean outbound() {
        return outbound;
    }

    /** The peer id from its handshake; null until then. */
    PeerId remote() {
        return remote;
    }

    PeerId expectedPeer() {
        return expectedPeer;
    }

    boolean isOpen() {
        return open && !closed;
    }

    long queuedBytes() {
        return queuedBytes;
    }

    /** The download side of the peer, as the scheduler reads it. */
    PeerState state() {
        return state;
    }

    /** The upload side: choking, and the blocks still to serve. */
    ServeQueue serving() {
        return serving;
    }

    long lastReadNanos() {
        return lastReadNanos;
    }

    long lastWriteNanos() {
        return lastWriteNanos;
    }

    /** Tells the peer whether this device wants any of its pieces, when that changed. */
    void interested(boolean wanted) {
        if (state.interested(wanted)) {
            send(wanted ? new SwarmMessage.Interested() : new SwarmMessage.NotInterested());
        }
    }

    @Override
    public void onReady(SelectionKey ready) throws IOException {
        if (ready.isConnectable()) {
            channel.finishConnect();
            key.interestOps(SelectionKey.OP_READ);
            sendHandshake();
        }
        if (ready.isValid() && ready.isWritable()) {
            flush();
            if (writes.isEmpty() && open && !closed) {
                session.onDrained(this);
            }
        }
        if (ready.isValid() && ready.isReadable()) {
            read();
        }
    }

    void send(SwarmMessage message) {
        enqueue(SwarmCodec.encode(message));
    }

    /** Asks for a piece block by block, the Requests in one write. */
    void requestPiece(int piece, int length) {
        List<ByteBuffer> encoded = new ArrayList<>();
        for (int offset = 0; offset < length; offset += SwarmSession.BLOCK_LENGTH) {
            encoded.add(SwarmCodec.encode(new SwarmMessage.Request(piece, offset,
                    Math.min(SwarmSession.BLOCK_LENGTH, length - offset))));
        }
        ByteBuffer burst = ByteBuffer.allocate(encoded.stream().mapToInt(ByteBuffer::remaining).sum());
        encoded.forEach(burst::put);
        enqueue(burst.flip());
    }

    /** A Piece message from a header and the block, without copying the block again. */
    void sendPiece(ByteBuffer header, ByteBuffer block) {
        writes.add(header);
        queuedBytes += header.remaining();
        enqueue(block);
    }

    private void enqueue(ByteBuffer frame) {
        if (closed) {
            return;
        }
        writes.add(frame);
        queuedBytes += frame.remaining();
        try {
            flush();
        } catch (IOException e) {
            // the session may be going through its connections right now: close once it is done
            String reason = e.getMessage();
            node.loop().execute(() -> close(reason));
        }
    }

    private void flush() throws IOException {
        while (!writes.isEmpty()) {
            ByteBuffer head = writes.peek();
            int written = channel.write(head);
            queuedBytes -= written;
            if (written > 0) {
                lastWriteNanos = node.ticker().nanoTime();
            }
            if (head.hasRemaining()) {
                key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
                return;
            }
            writes.poll();
        }
        if (key.isValid() && (key.interestOps() & SelectionKey.OP_WRITE) != 0) {
            key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
        }
    }

    private void read() throws IOException {
        if (frames.fill(channel) < 0) {
            close("closed by the peer");
            return;
        }
        lastReadNanos = node.ticker().nanoTime();
        try {
            while (!closed) {
                if (!open) {
                    SwarmHandshake handshake = frames.handshake();
                    if (handshake == null) {
                        break;
                    }
                    onHandshake(handshake);
                    continue;
                }
                SwarmMessage message = frames.message();
                if (message == null) {
                    break;
                }
                session.onMessage(this, message);
            }
        } catch (SwarmProtocolException e) {
            close("protocol error: " + e.getMessage());
            return;
        }
        frames.done(open);
    }

    private void onHandshake(SwarmHandshake handshake) {
        remote = handshake.peerId();
        if (outbound) {
            if (!handshake.isFor(session.swarmHash())) {
                close("peer answered for another swarm");
                return;
            }
            if (expectedPeer != null && !expectedPeer.equals(remote)) {
                close("peer id " + remote + " is not the " + expectedPeer + " Array announced");
                return;
            }
        } else {
            session = node.swarmFor(handshake);
            if (session == null) {
                // DO: a peer that does not hold the swarm closes the connection
                close("no such swarm here");
                return;
            }
            sendHandshake();
        }
        open = true;
        session.onOpen(this);
    }

    private void sendHandshake() {
        enqueue(new SwarmHandshake(session.swarmHash(), node.peerId()).encode());
    }

    @Override
    public void close(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        writes.clear();
        queuedBytes = 0;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (session != null) {
            session.onClosed(this, reason);
        }
    }

    @Override
    public String toString() {
        return (outbound ? "to " : "from ") + (remote != null ? remote : "?") + " " + remoteAddress();
    }

    /** The peer's address as this side sees it, without the port. */
    String remoteIp() {
        try {
            return channel.getRemoteAddress() instanceof InetSocketAddress address
                    ? address.getAddress().getHostAddress() : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    private String remoteAddress() {
        try {
            return String.valueOf(channel.getRemoteAddress());
        } catch (IOException e) {
            return "?";
        }
    }
}
