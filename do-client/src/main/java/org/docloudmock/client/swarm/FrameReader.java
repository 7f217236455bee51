package org.docloudmock.client.swarm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import org.docloudmock.protocol.swarm.SwarmCodec;
import org.docloudmock.protocol.swarm.SwarmHandshake;
import org.docloudmock.protocol.swarm.SwarmMessage;
import org.docloudmock.protocol.swarm.SwarmProtocolException;

/**
 * The read side of a connection's framing: a buffer filled from the socket, out of which come the handshake
 * and then whole messages. A discarded message's payload is dropped as it arrives, never buffered.
 */
final class FrameReader {

    private static final int INITIAL_READ_BUFFER = 64 * 1024;

    // direct, so the kernel reads straight into it rather than through a temporary buffer
    private ByteBuffer in = ByteBuffer.allocateDirect(INITIAL_READ_BUFFER);
    /** Payload bytes of a discarded message still to come. */
    private long skipping;

    /** Reads what the socket has; -1 at its end. Then take frames, and call {@link #done} when none is left. */
    int fill(ReadableByteChannel channel) throws IOException {
        int count = channel.read(in);
        if (count >= 0) {
            in.flip();
        }
        return count;
    }

    /** The handshake, or null until all of it has arrived. */
    SwarmHandshake handshake() throws SwarmProtocolException {
        return SwarmHandshake.decode(in);
    }

    /** The next message, or null until all of it has arrived. */
    SwarmMessage message() throws SwarmProtocolException {
        if (skipping > 0) {
            int skipped = (int) Math.min(skipping, in.remaining());
            in.position(in.position() + skipped);
            skipping -= skipped;
            if (skipping > 0) {
                return null;
            }
        }
        SwarmMessage message = SwarmCodec.decode(in);
        if (message instanceof SwarmMessage.Discarded discarded) {
            skipping = discarded.payloadLength();
        }
        return message;
    }

    /**
     * Keeps the rest for the next read. A frame longer than the buffer (up to the codec's limit, which decode
     * enforced) needs a bigger buffer; only for a message the codec reads, since a discarded one is skipped.
     */
    void done(boolean handshaken) {
        in.compact();
        if (handshaken && in.position() >= 5 && SwarmCodec.reads(in.get(4) & 0xFF)) {
            int needed = 4 + in.getInt(0);
            if (needed > in.capacity()) {
                ByteBuffer bigger = ByteBuffer.allocateDirect(needed);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
        }
    }
}
