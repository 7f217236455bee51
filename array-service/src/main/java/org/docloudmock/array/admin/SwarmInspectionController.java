package org.docloudmock.array.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.docloudmock.array.matching.Peer;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.array.matching.SwarmLayout;
import org.docloudmock.array.matching.Visibility;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerVisibility;
import org.docloudmock.protocol.array.SwarmPartitions;
import org.docloudmock.protocol.array.SwarmVisibility;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Who sees whom in one swarm and why, from {@link Visibility}'s own rule: for {@code doctor p2p} and the dashboard. */
@RestController
@RequestMapping("/admin/swarms/{contentId}")
@Tag(name = "Swarms (admin)")
class SwarmInspectionController {

    /** A peer's view of its swarm lists at most this many others, so one call stays cheap in a huge swarm. */
    static final int MAX_PEERS_COMPARED = 1000;

    private final PeerStore peers;

    SwarmInspectionController(PeerStore peers) {
        this.peers = peers;
    }

    @GetMapping("/partitions")
    @Operation(summary = "One swarm's peers by partition (NAT, group, Internet), with its peer efficiency")
    SwarmPartitions partitions(@PathVariable String contentId) {
        return SwarmLayout.of(contentId, swarm(contentId));
    }

    @GetMapping("/visibility")
    @Operation(summary = "Whether peer a is handed peer b (or each other peer, without b), and the rule that decides it")
    SwarmVisibility visibility(@PathVariable String contentId,
                               @Parameter(description = "the requesting peer's PeerId") @RequestParam String a,
                               @Parameter(description = "the other peer's PeerId; every other peer when absent")
                               @RequestParam(required = false) String b) {
        List<Peer> swarm = swarm(contentId);
        Peer requester = member(swarm, contentId, a, "a");
        List<Peer> others = b == null ? swarm.stream().filter(peer -> peer != requester).limit(MAX_PEERS_COMPARED).toList()
                : List.of(member(swarm, contentId, b, "b"));
        return new SwarmVisibility(contentId, requester.id().hex(), others.stream()
                .map(other -> PeerVisibility.of(other.id().hex(), Visibility.reason(requester, other))).toList());
    }

    private List<Peer> swarm(String contentId) {
        ContentIds.requireValid(contentId, "contentId");
        return peers.peers(contentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No live peer holds content " + contentId + " on this Array"));
    }

    private static Peer member(List<Peer> swarm, String contentId, String peerId, String parameter) {
        PeerId id;
        try {
            id = new PeerId(peerId);
        } catch (InvalidFieldException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter + ": a PeerId is 40 hex digits");
        }
        return swarm.stream().filter(peer -> peer.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Peer " + peerId
                        + " is not in the swarm of " + contentId + " on this Array: it left, expired (no join "
                        + "within the peer TTL), or its joins go to another Array replica"));
    }
}
