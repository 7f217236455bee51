package org.docloudmock.client.swarm;

import java.util.BitSet;

/**
 * The download side of one connected peer, without its socket: the pieces it has, whether it chokes this
 * device, whether this device told it it is interested, and what was asked of it. The session keeps it in
 * step with the wire; the scheduler reads it. Times are the caller's, from the session's ticker.
 */
final class PeerState {

    private final BitSet have = new BitSet();
    private boolean choking = true;
    private long chokedSinceNanos;
    private boolean interested;
    private boolean bitFieldAllowed = true;
    private int piecesInFlight;
    private long lastBlockNanos;

    PeerState(long nowNanos) {
        this.chokedSinceNanos = nowNanos;
        this.lastBlockNanos = nowNanos;
    }

    boolean has(int piece) {
        return have.get(piece);
    }

    /** The pieces it has; not to be changed. */
    BitSet have() {
        return have;
    }

    void addHave(BitSet pieces) {
        have.or(pieces);
    }

    /** False when it was known to have the piece already. */
    boolean addHave(int piece) {
        if (have.get(piece)) {
            return false;
        }
        have.set(piece);
        return true;
    }

    boolean choking() {
        return choking;
    }

    long chokedSinceNanos() {
        return chokedSinceNanos;
    }

    void choked(long nowNanos) {
        choking = true;
        chokedSinceNanos = nowNanos;
    }

    void unchoked() {
        choking = false;
    }

    boolean interested() {
        return interested;
    }

    /** True when that changes what this device told the peer, so it must tell it again. */
    boolean interested(boolean wanted) {
        boolean changed = wanted != interested;
        interested = wanted;
        return changed;
    }

    /** True for the first message after the handshake, the only one that may be a BitField. */
    boolean firstMessage() {
        boolean first = bitFieldAllowed;
        bitFieldAllowed = false;
        return first;
    }

    int piecesInFlight() {
        return piecesInFlight;
    }

    void requested(long nowNanos) {
        if (piecesInFlight++ == 0) {
            lastBlockNanos = nowNanos;
        }
    }

    void released() {
        piecesInFlight--;
    }

    void blockArrived(long nowNanos) {
        lastBlockNanos = nowNanos;
    }

    /** Asked for pieces and sent no block of them for longer than the timeout. */
    boolean stalled(long nowNanos, long timeoutNanos) {
        return piecesInFlight > 0 && nowNanos - lastBlockNanos > timeoutNanos;
    }
}
