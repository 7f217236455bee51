package org.docloudmock.array.matching;

import java.util.List;
import org.docloudmock.protocol.array.PeerEntry;

/**
 * The peers handed to one requester, in order, and how many it may see in all (before the cap): the
 * {@code Peers} and {@code NumberOfPeers} of a join response.
 */
public record MatchedPeers(List<PeerEntry> peers, int visible) {

    public static final MatchedPeers NONE = new MatchedPeers(List.of(), 0);
}
