package org.docloudmock.array.matching;

/**
 * Bytes peers reported downloading, summed over their joins: from other peers, and from the CDN.
 * Bytes from a Connected Cache host count as neither.
 */
public record ReportedBytes(long fromPeers, long fromCdn) {

    public long total() {
        return fromPeers + fromCdn;
    }

    /** The share that came from peers: a content's P2P efficiency; 0 before anything was reported. */
    public double peerShare() {
        return total() == 0 ? 0 : (double) fromPeers / total();
    }
}
