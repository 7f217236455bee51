package org.docloudmock.array.matching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.SwarmSummary;
import org.docloudmock.support.admin.RuntimeState;

/**
 * The peers of every swarm between joins. Thread-safe: joins come concurrently. A swarm exists while it
 * has a peer. {@link #reset()} drops every peer.
 */
public interface PeerStore extends RuntimeState {

    /** Registers the peer, or updates it in place: a PeerId is one peer per swarm, whatever its NAT or mode. */
    void put(String swarmKey, Peer peer);

    /** Removes the peer now, if it is registered. */
    void remove(String swarmKey, PeerId peerId);

    /** What {@code requester} gets from its swarm: see {@link PeerSelection} and {@link Visibility}. */
    Selection select(String swarmKey, Peer requester, int wanted);

    /** Removes every peer last seen before {@code cutoff}; answers how many went. */
    int removeSeenBefore(Instant cutoff);

    /** Every swarm, by key. */
    List<SwarmSummary> swarms();

    /** The peers of one swarm in the order they first joined; empty when no such swarm. */
    Optional<List<Peer>> peers(String swarmKey);
}
