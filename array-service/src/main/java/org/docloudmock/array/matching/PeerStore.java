package org.docloudmock.array.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docloudmock.protocol.array.SwarmSummary;
import org.docloudmock.support.admin.RuntimeState;

/**
 * The peers of every swarm between joins. Thread-safe: joins come concurrently. A swarm exists while it
 * has a peer. {@link #reset()} drops every peer.
 */
public interface PeerStore extends RuntimeState {

    /**
     * Registers the peer, or updates it in place (a PeerId is one peer per swarm, whatever its NAT or mode),
     * then answers what it gets: at most {@code wanted} of the peers it may see ({@link Visibility}), Lan
     * first, then Group, then Internet, and within each seeds first when it still needs data; random
     * among equals.
     */
    MatchedPeers join(String swarmKey, Peer peer, int wanted);

    /** Removes the peer now, if it is registered, counting the bytes it reports on the way out. */
    void leave(String swarmKey, Peer peer);

    /** Removes every peer last seen before {@code cutoff}; answers how many went. */
    int removeSeenBefore(Instant cutoff);

    /** Every swarm, by key. */
    List<SwarmSummary> swarms();

    /** The peers of one swarm, by PeerId; empty when no such swarm. */
    Optional<List<Peer>> peers(String swarmKey);

    long peerCount();

    int swarmCount();

    /** What every peer reported, in every swarm there has been. */
    ReportedBytes reportedBytes();

    /** The {@code limit} live swarms whose peers reported the most bytes, most first. */
    Map<String, ReportedBytes> busiestSwarms(int limit);
}
