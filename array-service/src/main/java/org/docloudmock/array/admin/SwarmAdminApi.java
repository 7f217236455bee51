package org.docloudmock.array.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.docloudmock.protocol.array.PeerInfo;
import org.docloudmock.protocol.array.SwarmSummary;
import org.springframework.http.MediaType;

/** The API documentation of {@link SwarmAdminController}: the mock's own admin views. */
@Tag(name = "Swarms (admin)", description = "What Array holds: the mock's own admin views")
interface SwarmAdminApi {

    String SWARMS = """
            [{"ContentId":"demo-content","Peers":3,"Seeds":0,"LanPartitions":2,"Groups":0,"InternetPeers":0}]""";
    String PEERS = """
            [{"PeerId":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","ExternalIp":"198.51.100.10","ReportedIp":"10.0.0.11",\
            "Port":7680,"GroupId":"","Scope":1,"Uploaded":0,"Downloaded":0,"DownloadedCdn":0,"Left":3145733,\
            "LastSeen":"2026-11-22T01:34:40Z"}]""";

    @Operation(summary = "Every swarm, with its peer counts by partition")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "one swarm", value = SWARMS)))
    List<SwarmSummary> swarms();

    @Operation(summary = "Every live peer of one swarm, with the fields it last reported")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "one peer", value = PEERS)))
    @ApiResponse(responseCode = "404", description = "No live peer holds this content",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    List<PeerInfo> peers(String contentId);
}
