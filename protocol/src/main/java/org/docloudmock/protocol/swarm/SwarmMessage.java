package org.docloudmock.protocol.swarm;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;

/** The messages peers exchange after the handshake (real ids); {@link SwarmCodec} frames them. */
public sealed interface SwarmMessage {

    int CHOKE = 0;
    int UNCHOKE = 1;
    int INTERESTED = 2;
    int NOT_INTERESTED = 3;
    int HAVE = 4;
    int BIT_FIELD = 5;
    int REQUEST = 6;
    int PIECE = 7;
    int CANCEL = 8;
    /** Sent by DoSvc; Wireshark's packet-ms-do.c names it HeapSpraying. DoSvc reads and discards its payload. */
    int HEAP_SPRAYING = 20;

    /** The id byte; -1 for a keep-alive, which has none. */
    int id();

    /** Bytes after the id byte. */
    default int payloadLength() {
        return 0;
    }

    default void writePayload(ByteBuffer out) {
    }

    /** Length 0 on the wire: no id, no payload. */
    record KeepAlive() implements SwarmMessage {
        @Override
        public int id() {
            return -1;
        }
    }

    record Choke() implements SwarmMessage {
        @Override
        public int id() {
            return CHOKE;
        }
    }

    record Unchoke() implements SwarmMessage {
        @Override
        public int id() {
            return UNCHOKE;
        }
    }

    record Interested() implements SwarmMessage {
        @Override
        public int id() {
            return INTERESTED;
        }
    }

    record NotInterested() implements SwarmMessage {
        @Override
        public int id() {
            return NOT_INTERESTED;
        }
    }

    record Have(int pieceIndex) implements SwarmMessage {
        @Override
        public int id() {
            return HAVE;
        }

        @Override
        public int payloadLength() {
            return 4;
        }

        @Override
        public void writePayload(ByteBuffer out) {
            out.putInt(pieceIndex);
        }
    }

    /** The pieces a peer holds: bit 7 of byte 0 is piece 0 (real). */
    record BitField(byte[] bits) implements SwarmMessage {

        public BitField {
            bits = bits.clone();
        }

        public static BitField of(BitSet pieces, int pieceCount) {
            byte[] bits = new byte[(pieceCount + 7) / 8];
            for (int piece = pieces.nextSetBit(0); piece >= 0 && piece < pieceCount; piece = pieces.nextSetBit(piece + 1)) {
                bits[piece / 8] |= (byte) (0x80 >>> (piece % 8));
            }
            return new BitField(bits);
        }

        /** The pieces set, for content of {@code pieceCount} pieces; a wrong length or a spare bit set is a protocol error. */
        public BitSet pieces(int pieceCount) throws SwarmProtocolException {
            if (bits.length != (pieceCount + 7) / 8) {
                throw new SwarmProtocolException("bit field of " + bits.length + " bytes for " + pieceCount + " pieces");
            }
            BitSet pieces = new BitSet(pieceCount);
            for (int i = 0; i < bits.length * 8; i++) {
                if ((bits[i / 8] & (0x80 >>> (i % 8))) != 0) {
                    if (i >= pieceCount) {
                        throw new SwarmProtocolException("bit field sets spare bit " + i + " beyond " + pieceCount + " pieces");
                    }
                    pieces.set(i);
                }
            }
            return pieces;
        }

        @Override
        public byte[] bits() {
            return bits.clone();
        }

        @Override
        public int id() {
            return BIT_FIELD;
        }

        @Override
        public int payloadLength() {
            return bits.length;
        }

        @Override
        public void writePayload(ByteBuffer out) {
            out.put(bits);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BitField that && Arrays.equals(bits, that.bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }

        @Override
        public String toString() {
            return "BitField[" + bits.length + " bytes]";
        }
    }

    /** A block of a piece: {@code length} bytes at {@code offset} inside piece {@code pieceIndex}. */
    record Request(int pieceIndex, int offset, int length) implements SwarmMessage {
        @Override
        public int id() {
            return REQUEST;
        }

        @Override
        public int payloadLength() {
            return 12;
        }

        @Override
        public void writePayload(ByteBuffer out) {
            out.putInt(pieceIndex).putInt(offset).putInt(length);
        }
    }

    record Piece(int pieceIndex, int offset, byte[] data) implements SwarmMessage {

        @Override
        public int id() {
            return PIECE;
        }

        @Override
        public int payloadLength() {
            return 8 + data.length;
        }

        @Override
        public void writePayload(ByteBuffer out) {
            out.putInt(pieceIndex).putInt(offset).put(data);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Piece that && pieceIndex == that.pieceIndex && offset == that.offset
                    && Arrays.equals(data, that.data);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * pieceIndex + offset) + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Piece[pieceIndex=" + pieceIndex + ", offset=" + offset + ", length=" + data.length + "]";
        }
    }

    /** Withdraws a Request not yet answered; the same fields. */
    record Cancel(int pieceIndex, int offset, int length) implements SwarmMessage {
        @Override
        public int id() {
            return CANCEL;
        }

        @Override
        public int payloadLength() {
            return 12;
        }

        @Override
        public void writePayload(ByteBuffer out) {
            out.putInt(pieceIndex).putInt(offset).putInt(length);
        }
    }

    /**
     * A message read only as far as its id: id 20, or an id this codec does not know. Its payload is
     * skipped, not kept; encoding one writes that many zero bytes.
     */
    record Discarded(int id, int payloadLength) implements SwarmMessage {
        @Override
        public void writePayload(ByteBuffer out) {
            out.position(out.position() + payloadLength);
        }
    }
}
