package org.docloudmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A DO client's calls (SPEC 1) from the test's JVM, each device behind the NAT its X-Forwarded-For names. */
final class DoFlow {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> get(String url, String forwardedFor) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    JsonNode getJson(String url, String forwardedFor) throws IOException, InterruptedException {
        HttpResponse<String> response = get(url, forwardedFor);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Geo, then the KeyValue it hands out, then Discovery for this content: the Array URL a client would join at. */
    String arrayUrl(String geoUrl, String contentId, String nat) throws IOException, InterruptedException {
        JsonNode geo = getJson(geoUrl, nat);
        JsonNode keyValue = getJson(geo.get("KeyValue_EndpointFullUri").asString(), nat);
        String discovery = keyValue.get("Discovery_EndpointFullUri").asString().replace("{contentId}", contentId);
        return getJson(discovery + "?partitionId=1", nat).get(0).get("CollectiveArray").asString();
    }

    /**
     * The whole flow for three devices of a registered content, from Geo to Array: two behind one NAT find each
     * other, the third, behind another NAT, finds neither. Answers the Array URL Discovery handed out.
     */
    String joinTwoNatsAndCheckWhoMeets(String geoUrl, String contentId) throws IOException, InterruptedException {
        String array = arrayUrl(geoUrl, contentId, "198.51.100.10");
        assertThat(join(array, contentId, "a".repeat(40), "10.0.0.11", "198.51.100.10")).isEmpty();
        assertThat(join(array, contentId, "b".repeat(40), "10.0.0.12", "198.51.100.10")).containsExactly("a".repeat(40));
        assertThat(join(array, contentId, "c".repeat(40), "192.168.1.5", "203.0.113.20")).isEmpty();
        return array;
    }

    /** Joins the content's swarm in LAN mode; answers the PeerIds of the peers handed back. */
    List<String> join(String arrayUrl, String contentId, String peerId, String privateIp, String nat)
            throws IOException, InterruptedException {
        String body = """
                {"ContentId":"%s","PeerId":"%s","ReportedIp":"%s","Scope":1,"Left":3145733,"PeersWanted":50,"JoinRequestEvent":1}"""
                .formatted(contentId, peerId, privateIp);
        HttpRequest request = HttpRequest.newBuilder(URI.create(arrayUrl + "join/"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", nat)
                .POST(BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("join answered " + response.statusCode() + ": " + response.body());
        }
        List<String> peers = new ArrayList<>();
        JSON.readTree(response.body()).get("Peers").forEach(peer -> peers.add(peer.get("PeerId").asString()));
        return peers;
    }
}
