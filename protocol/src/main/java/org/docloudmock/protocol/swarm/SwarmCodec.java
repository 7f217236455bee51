package org.docloudmock.protocol.swarm;

import java.nio.ByteBuffer;

/**
 * Frames Swarm protocol messages (real format): u32 big-endian length counting the id byte, the id, the
 * payload; length 0 is a keep-alive. Decoding is incremental, for a non-blocking reader.
 */
public final class SwarmCodec {

    /** The largest block a peer may request or send, as in BitTorrent: larger requests are refused. */
    public static final int MAX_BLOCK_LENGTH = 128 * 1024;
    /**
     * The largest frame accepted, as DoSvc's own limit (about 0x1F4000 bytes; SPEC 10). Only the messages
     * this codec reads are buffered whole; a {@link SwarmMessage.Discarded} one is skipped as it arrives.
     */
    public static final int MAX_MESSAGE_LENGTH = 0x1F4000;

    private static final SwarmMessage KEEP_ALIVE = new SwarmMessage.KeepAlive();
    private static final SwarmMessage CHOKE = new SwarmMessage.Choke();
    private static final SwarmMessage UNCHOKE = new SwarmMessage.Unchoke();
    private static final SwarmMessage INTERESTED = new SwarmMessage.Interested();
    private static final SwarmMessage NOT_INTERESTED = new SwarmMessage.NotInterested();

    private SwarmCodec() {
    }

    /** The whole frame, ready to write. */
    public static ByteBuffer encode(SwarmMessage message) {
        if (message instanceof SwarmMessage.KeepAlive) {
            return ByteBuffer.allocate(4).putInt(0).flip();
        }
        ByteBuffer out = ByteBuffer.allocate(4 + 1 + message.payloadLength());
        out.putInt(1 + message.payloadLength()).put((byte) message.id());
        message.writePayload(out);
        return out.flip();
    }

    /**
     * The first 13 bytes of a Piece message carrying {@code length} bytes, for a sender that writes the
     * block from its own buffer rather than copying it into a {@link SwarmMessage.Piece}.
     */
    public static ByteBuffer pieceHeader(int pieceIndex, int offset, int length) {
        return ByteBuffer.allocate(4 + 1 + 8).putInt(1 + 8 + length).put((byte) SwarmMessage.PIECE)
                .putInt(pieceIndex).putInt(offset).flip();
    }

    /**
     * Reads one message from the start of {@code in}; null (and nothing consumed) until the whole frame has
     * arrived. A declared length over {@link #MAX_MESSAGE_LENGTH} is refused as soon as the length is read,
     * so a peer cannot make us buffer it. A message this codec does not read (id 20, or an id it does not
     * know) comes back as {@link SwarmMessage.Discarded} once its length and id have arrived, with only
     * those 5 bytes consumed: the caller skips its payload, as DoSvc discards it, without buffering it.
     */
    public static SwarmMessage decode(ByteBuffer in) throws SwarmProtocolException {
        if (in.remaining() < 4) {
            return null;
        }
        int start = in.position();
        long length = Integer.toUnsignedLong(in.getInt(start));
        if (length > MAX_MESSAGE_LENGTH) {
            throw new SwarmProtocolException("message length " + length + " over the limit of " + MAX_MESSAGE_LENGTH);
        }
        if (length == 0) {
            in.position(start + 4);
            return KEEP_ALIVE;
        }
        if (in.remaining() < 5) {
            return null;
        }
        int payload = (int) length - 1;
        int id = in.get(start + 4) & 0xFF;
        if (!reads(id)) {
            in.position(start + 5);
            return new SwarmMessage.Discarded(id, payload);
        }
        if (in.remaining() < 4 + length) {
            return null;
        }
        in.position(start + 5);
        switch (id) {
            case SwarmMessage.CHOKE:
                return fixed(CHOKE, payload, 0);
            case SwarmMessage.UNCHOKE:
                return fixed(UNCHOKE, payload, 0);
            case SwarmMessage.INTERESTED:
                return fixed(INTERESTED, payload, 0);
            case SwarmMessage.NOT_INTERESTED:
                return fixed(NOT_INTERESTED, payload, 0);
            case SwarmMessage.HAVE:
                requirePayload("Have", payload, 4);
                return new SwarmMessage.Have(in.getInt());
            case SwarmMessage.BIT_FIELD: {
                byte[] bits = new byte[payload];
                in.get(bits);
                return new SwarmMessage.BitField(bits);
            }
            case SwarmMessage.REQUEST:
                requirePayload("Request", payload, 12);
                return new SwarmMessage.Request(in.getInt(), in.getInt(), in.getInt());
            case SwarmMessage.PIECE: {
                if (payload < 8) {
                    throw new SwarmProtocolException("Piece payload of " + payload + " bytes, expected at least 8");
                }
                int pieceIndex = in.getInt();
                int offset = in.getInt();
                byte[] data = new byte[payload - 8];
                in.get(data);
                return new SwarmMessage.Piece(pieceIndex, offset, data);
            }
            case SwarmMessage.CANCEL:
                requirePayload("Cancel", payload, 12);
                return new SwarmMessage.Cancel(in.getInt(), in.getInt(), in.getInt());
            default:
                throw new IllegalStateException("id " + id + " is read, but has no case");
        }
    }

    /** Whether this codec reads messages of {@code id}; the others are discarded. */
    public static boolean reads(int id) {
        return id >= SwarmMessage.CHOKE && id <= SwarmMessage.CANCEL;
    }

    private static SwarmMessage fixed(SwarmMessage message, int payload, int expected) throws SwarmProtocolException {
        requirePayload(message.getClass().getSimpleName(), payload, expected);
        return message;
    }

    private static void requirePayload(String name, int payload, int expected) throws SwarmProtocolException {
        if (payload != expected) {
            throw new SwarmProtocolException(name + " payload of " + payload + " bytes, expected " + expected);
        }
    }
}
