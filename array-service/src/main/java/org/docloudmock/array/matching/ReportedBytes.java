package org.docloudmock.array.matching;

/**
 * Bytes peers reported downloading, summed over their joins: from other peers, and from the CDN.
 * Bytes from a Connected Cache host count as neither.
 */
public record ReportedBytes(long fromPeers, long fromCdn) {

    public long total() {
        return sum(fromPeers, fromCdn);
    }

    /**
     * Adds two counts of bytes that clients reported (never negative): a sum past {@code Long.MAX_VALUE} stays there
     * rather than wrap negative, which a client that reports huge counters could otherwise make happen.
     */
    public static long sum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** What a peer got from other peers: what it downloaded less its CDN and cache-host bytes, never below zero. */
    static long fromPeers(long downloaded, long downloadedCdn, long downloadedDoinc) {
        long rest = downloaded - Math.min(downloaded, downloadedCdn);
        return rest - Math.min(rest, downloadedDoinc);
    }

    /** The share that came from peers: a content's P2P efficiency; 0 before anything was reported. */
    public double peerShare() {
        return total() == 0 ? 0 : (double) fromPeers / total();
    }
}
