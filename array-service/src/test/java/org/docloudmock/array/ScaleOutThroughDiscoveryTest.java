package org.docloudmock.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.docloudmock.discovery.DiscoveryApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three Array instances behind Discovery (SPEC 6), over real HTTP: clients of many contents ask Discovery
 * where to join, and each swarm lives on exactly the instance Discovery named. Discovery restarted without
 * one instance sends only that instance's swarms elsewhere; every other client finds its swarm where it was.
 * (That the hashing spreads 10,000 contents within 15% is RendezvousHashingTest's.)
 */
class ScaleOutThroughDiscoveryTest {

    private static final int CONTENTS = 200;
    private static final String NAT = "203.0.113.50";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private static List<String> arrays;
    private static String discovery;

    @BeforeAll
    static void startThreeArraysAndDiscovery() {
        arrays = IntStream.range(0, 3).mapToObj(i -> "http://127.0.0.1:" + start(ArrayApplication.class, "--docloud.array.port=0") + "/")
                .toList();
        discovery = "http://127.0.0.1:" + start(DiscoveryApplication.class, "--docloud.discovery.port=0",
                "--docloud.discovery.array-urls=" + String.join(",", arrays)) + "/";
    }

    @AfterAll
    static void stop() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everySwarmLivesOnTheInstanceDiscoveryNames() {
        Map<String, Set<String>> placed = new HashMap<>();
        for (int i = 0; i < CONTENTS; i++) {
            String content = "placed-" + i;
            String array = arrayFor(discovery, content);
            assertThat(join(array, content, 1)).isZero();
            assertThat(join(array, content, 2)).as("the second client finds the first").isEqualTo(1);
            placed.computeIfAbsent(array, key -> new HashSet<>()).add(content);
        }
        assertThat(placed.keySet()).as("every instance holds swarms").containsExactlyInAnyOrderElementsOf(arrays);
        for (String array : arrays) {
            assertThat(swarmsOn(array, "placed-")).as(array).isEqualTo(placed.get(array));
        }
    }

    @Test
    void discoveryWithoutOneInstanceMovesOnlyTheSwarmsThatInstanceHeld() {
        Map<String, String> before = new HashMap<>();
        for (int i = 0; i < CONTENTS; i++) {
            String content = "moving-" + i;
            before.put(content, arrayFor(discovery, content));
            join(before.get(content), content, 1);
            join(before.get(content), content, 2);
        }
        String lost = arrays.get(1);
        String shrunk = "http://127.0.0.1:" + start(DiscoveryApplication.class, "--docloud.discovery.port=0",
                "--docloud.discovery.array-urls=" + arrays.get(0) + "," + arrays.get(2)) + "/";
        int moved = 0;
        for (int i = 0; i < CONTENTS; i++) {
            String content = "moving-" + i;
            String after = arrayFor(shrunk, content);
            if (before.get(content).equals(lost)) {
                moved++;
                assertThat(after).as(content).isIn(arrays.get(0), arrays.get(2));
                assertThat(join(after, content, 3)).as("%s starts again where it moved", content).isZero();
            } else {
                assertThat(after).as(content).isEqualTo(before.get(content));
                assertThat(join(after, content, 3)).as("%s is still where it was", content).isEqualTo(2);
            }
        }
        assertThat(moved).as("the lost instance held swarms").isPositive();
        Set<String> stayed = new HashSet<>(swarmsOn(arrays.get(0), "moving-"));
        stayed.addAll(swarmsOn(arrays.get(2), "moving-"));
        assertThat(stayed).hasSize(CONTENTS);
    }

    private static String arrayFor(String discoveryUrl, String content) {
        return send(HttpRequest.newBuilder(URI.create(discoveryUrl + "disc/" + content))).get(0).get("CollectiveArray").asString();
    }

    /** Joins as client {@code client} of the content; answers NumberOfPeers. */
    private static int join(String array, String content, int client) {
        String body = JSON.writeValueAsString(Map.of("ContentId", content, "PeerId", String.valueOf(client).repeat(40),
                "ReportedIp", "192.168.0." + client, "Scope", 1));
        return send(HttpRequest.newBuilder(URI.create(array + "join/")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", NAT).POST(HttpRequest.BodyPublishers.ofString(body)))
                .get("NumberOfPeers").asInt();
    }

    private static Set<String> swarmsOn(String array, String prefix) {
        Set<String> contents = new HashSet<>();
        send(HttpRequest.newBuilder(URI.create(array + "admin/swarms"))).forEach(swarm -> {
            if (swarm.get("ContentId").asString().startsWith(prefix)) {
                contents.add(swarm.get("ContentId").asString());
            }
        });
        return contents;
    }

    /** Hundreds of requests: one keep-alive client rather than a connection each keeps the test quick. */
    private static JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s", request.build().uri(), response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a service on a free port; answers the port. */
    private static int start(Class<?> application, String... args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off").run(args);
        started.add(context);
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
