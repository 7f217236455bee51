package org.docloudmock.protocol.swarm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.docloudmock.protocol.PeerId;

/**
 * The handshake each side sends once (real format): 1-byte name length, {@code Swarm protocol}, 8 reserved
 * bytes, the 32-byte swarm hash (the raw HashOfHashes) and the 20 bytes of the peer id (16 bytes plus a
 * 4-byte suffix).
 */
public record SwarmHandshake(byte[] swarmHash, PeerId peerId) {

    public static final String PROTOCOL_NAME = "Swarm protocol";
    public static final int SWARM_HASH_LENGTH = 32;
    public static final int PEER_ID_LENGTH = 20;
    public static final int LENGTH = 1 + PROTOCOL_NAME.length() + 8 + SWARM_HASH_LENGTH + PEER_ID_LENGTH;

    private static final byte[] NAME = PROTOCOL_NAME.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESERVED = {0, 0, 0, 1, 0, 0, 0, 0};

    public SwarmHandshake {
        if (swarmHash == null || swarmHash.length != SWARM_HASH_LENGTH) {
            throw new IllegalArgumentException("a swarm hash has " + SWARM_HASH_LENGTH + " bytes");
        }
        swarmHash = swarmHash.clone();
    }

    @Override
    public byte[] swarmHash() {
        return swarmHash.clone();
    }

    public boolean isFor(byte[] hash) {
        return Arrays.equals(swarmHash, hash);
    }

    public ByteBuffer encode() {
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        out.put((byte) NAME.length).put(NAME).put(RESERVED).put(swarmHash).put(peerId.bytes());
        return out.flip();
    }

    /**
     * Reads a handshake from the start of {@code in}; null (and nothing consumed) while fewer than
     * {@link #LENGTH} bytes have arrived. A wrong name is rejected at once, before the rest arrives.
     */
    public static SwarmHandshake decode(ByteBuffer in) throws SwarmProtocolException {
        int start = in.position();
        if (in.remaining() >= 1 && in.get(start) != NAME.length) {
            throw new SwarmProtocolException("handshake name length " + (in.get(start) & 0xFF) + ", expected " + NAME.length);
        }
        for (int i = 0; i < NAME.length && 1 + i < in.remaining(); i++) {
            if (in.get(start + 1 + i) != NAME[i]) {
                throw new SwarmProtocolException("handshake does not name the " + PROTOCOL_NAME);
            }
        }
        if (in.remaining() < LENGTH) {
            return null;
        }
        // The reserved bytes are not checked: in the BitTorrent lineage they carry feature flags a peer ignores.
        in.position(start + 1 + NAME.length + RESERVED.length);
        byte[] hash = new byte[SWARM_HASH_LENGTH];
        byte[] peer = new byte[PEER_ID_LENGTH];
        in.get(hash).get(peer);
        return new SwarmHandshake(hash, PeerId.of(peer));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SwarmHandshake that && Arrays.equals(swarmHash, that.swarmHash) && peerId.equals(that.peerId);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(swarmHash) + peerId.hashCode();
    }

    @Override
    public String toString() {
        return "SwarmHandshake[swarmHash=" + HexFormat.of().formatHex(swarmHash) + ", peerId=" + peerId + "]";
    }
}
