package org.docloudmock.array.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.docloudmock.array.matching.Peer;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.array.PeerInfo;
import org.docloudmock.protocol.array.SwarmSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/admin/swarms")
@Tag(name = "Swarms (admin)", description = "What Array holds: the mock's own admin views")
class SwarmAdminController {

    private static final String SWARMS = """
            [{"ContentId":"demo-content","Peers":3,"Seeds":0,"LanPartitions":2,"Groups":0,"InternetPeers":0}]""";
    private static final String PEERS = """
            [{"PeerId":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","ExternalIp":"198.51.100.10","ReportedIp":"10.0.0.11",\
            "Port":7680,"GroupId":null,"Scope":1,"Uploaded":0,"Downloaded":0,"DownloadedCdn":0,"Left":3145733,\
            "LastSeen":"2026-11-22T01:34:40Z"}]""";

    private final PeerStore peers;

    SwarmAdminController(PeerStore peers) {
        this.peers = peers;
    }

    @GetMapping
    @Operation(summary = "Every swarm, with its peer counts by partition")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "one swarm", value = SWARMS)))
    List<SwarmSummary> swarms() {
        return peers.swarms();
    }

    @GetMapping("/{contentId}/peers")
    @Operation(summary = "Every live peer of one swarm, with the fields it last reported")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "one peer", value = PEERS)))
    @ApiResponse(responseCode = "404", description = "No live peer holds this content",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    List<PeerInfo> peers(@PathVariable String contentId) {
        ContentIds.requireValid(contentId, "contentId");
        return peers.peers(contentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No swarm for content " + contentId))
                .stream().map(Peer::info).toList();
    }
}
