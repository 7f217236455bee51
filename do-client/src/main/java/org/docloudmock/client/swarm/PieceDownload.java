package org.docloudmock.client.swarm;

import java.util.BitSet;

/** A piece on its way: from one peer block by block (so a bad piece is that peer's), or whole over HTTP. */
final class PieceDownload {

    final int piece;
    /** The peer asked, or null for the HTTP source. */
    final PeerState source;
    final long startedNanos;
    private final byte[] data;
    private final BitSet received = new BitSet();
    private int missingBlocks;

    PieceDownload(int piece, PeerState source, int length, long startedNanos) {
        this.piece = piece;
        this.source = source;
        this.startedNanos = startedNanos;
        this.data = source == null ? null : new byte[length];
        this.missingBlocks = source == null ? 0 : blockCount(length);
    }

    static int blockCount(int pieceLength) {
        return (pieceLength + SwarmSession.BLOCK_LENGTH - 1) / SwarmSession.BLOCK_LENGTH;
    }

    /** Takes a block that was asked for; false for one that never was (wrong offset or length). */
    boolean accept(int offset, byte[] block) {
        if (offset < 0 || offset % SwarmSession.BLOCK_LENGTH != 0 || offset >= data.length
                || block.length != Math.min(SwarmSession.BLOCK_LENGTH, data.length - offset)) {
            return false;
        }
        int index = offset / SwarmSession.BLOCK_LENGTH;
        if (!received.get(index)) {
            System.arraycopy(block, 0, data, offset, block.length);
            received.set(index);
            missingBlocks--;
        }
        return true;
    }

    boolean complete() {
        return missingBlocks == 0;
    }

    byte[] data() {
        return data;
    }
}
