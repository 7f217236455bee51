package org.docloudmock.array.join;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.support.address.ClientAddress;
import org.springframework.http.MediaType;

/** The API documentation of {@link JoinController}. */
@Tag(name = "Array", description = "Peer matching: a client joins a content's swarm and gets the peers it may use")
interface JoinApi {

    String JOIN = """
            {"ContentId":"demo-content","PeerId":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","ReportedIp":"10.0.0.12",\
            "Scope":1,"Left":3145733,"PeersWanted":50,"JoinRequestEvent":1}""";
    String PEERS = """
            {"Peers":[{"PeerId":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","Ip":"10.0.0.11","Port":7680,"PeerType":"Lan",\
            "IsSeed":false}],"ReannounceIntervalSecs":60,"NumberOfPeers":1}""";
    String BAD_PEER_ID = """
            {"detail":"PeerId: must be 40 hex digits","instance":"/join/","status":400,"title":"Invalid PeerId",\
            "field":"PeerId"}""";

    @Operation(summary = "Join a content's swarm and get the peers this client may use",
            description = "Clients append `join/` to the `CollectiveArray` URL Discovery gave them and repeat the join "
                    + "every `ReannounceIntervalSecs`, reporting progress. The body has the real DO fields; the external "
                    + "IP is the TCP peer (or `X-Forwarded-For` from a trusted proxy). Peers are returned by the "
                    + "visibility rules of the README's Peer matching: Lan, then Group, then Internet, seeds first for a "
                    + "client that needs data. Departures: the answer's shape, the `JoinRequestEvent` values "
                    + "(0 periodic, 1 started, 2 completed, 3 stopped), `Port` and `RestrictPeerSelectionBy` (1: only peers of "
                    + "the client's subnet, its `ReportedIp` under its `SubnetMask`, as DO's DORestrictPeerSelectionBy = 1) are the "
                    + "mock's own. Numbers and booleans may be strings (`\"Scope\":\"1\"`), as scripts send them. `/join` is accepted too.",
            requestBody = @RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "a LAN-mode client starting a download", value = JOIN))))
    @ApiResponse(responseCode = "200", description = "The peers, at most PeersWanted; NumberOfPeers counts all it may see",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "one peer behind the same NAT", value = PEERS)))
    @ApiResponse(responseCode = "400", description = "A field breaks DO's rules; nothing is registered",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "PeerId is not 40 hex digits", value = BAD_PEER_ID)))
    JoinResponse join(JoinRequest request, ClientAddress client);
}
