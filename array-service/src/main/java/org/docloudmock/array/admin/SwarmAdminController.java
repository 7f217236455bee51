package org.docloudmock.array.admin;

import java.util.List;
import org.docloudmock.array.matching.Peer;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.array.PeerInfo;
import org.docloudmock.protocol.array.SwarmSummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/admin/swarms")
class SwarmAdminController implements SwarmAdminApi {

    private final PeerStore peers;

    SwarmAdminController(PeerStore peers) {
        this.peers = peers;
    }

    @GetMapping
    @Override
    public List<SwarmSummary> swarms() {
        return peers.swarms();
    }

    @GetMapping("/{contentId}/peers")
    @Override
    public List<PeerInfo> peers(@PathVariable String contentId) {
        ContentIds.requireValid(contentId, "contentId");
        return peers.peers(contentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No swarm for content " + contentId))
                .stream().map(Peer::info).toList();
    }
}
