package org.docloudmock.containers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/swarm/docker-stack.yml on a one-node swarm: Discovery spreads contents over the Array tasks it finds
 * through tasks.array-service, one content's peers meet on one task, a simulated swarm inside the overlay
 * network verifies every device, and `docker service scale` 3 -> 5 -> 2 moves only the swarms of the tasks
 * that came or went, Discovery never restarted. Host ports 18081-18084, so as not to meet docker-compose's.
 */
@ExtendWith(DockerEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SwarmStackContainerIT {

    static final int CONTENTS = 300;
    static final String DISCOVERY = "http://localhost:18084";
    /** The DNS refresh (5 s) and the JVM's DNS cache (5 s), with room for a loaded machine. */
    static final Duration FOLLOW_LIMIT = Duration.ofSeconds(60);
    static final Duration TASKS_HEALTHY_LIMIT = Duration.ofMinutes(10);

    SwarmStack stack;

    @BeforeAll
    void deploy() {
        Images.built();
        Instant started = Instant.now();
        stack = SwarmStack.deploy("docloud-swarm", Map.of(
                "DOCLOUD_IMAGE_TAG", Images.TAG,
                "DOCLOUD_GEO_PUBLISHED_PORT", "18081",
                "DOCLOUD_KV_PUBLISHED_PORT", "18082",
                "DOCLOUD_CONTENT_POLICY_PUBLISHED_PORT", "18083",
                "DOCLOUD_DISCOVERY_PUBLISHED_PORT", "18084",
                // the simulator acts from several NATs by X-Forwarded-For from inside the overlay network
                "DOCLOUD_TRUSTED_PROXIES", "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16"),
                Fixtures.SMALL_CONTENTS_PEER.toString());
        stack.awaitHealthy(3, TASKS_HEALTHY_LIMIT);
        awaitArrayInstances(3);
        System.out.println("[swarm] docker stack deploy to all healthy, Discovery knowing 3 Arrays: "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
    }

    @AfterAll
    void remove() {
        if (stack != null) {
            stack.close();
            assertThat(stack.leftovers()).isEmpty();
        }
    }

    @Test
    @Order(1)
    void discoverySpreadsThreeHundredContentsOverTheThreeArrayTasks() {
        Map<String, Integer> contentsPerReplica = new TreeMap<>();
        placements().values().forEach(replica -> contentsPerReplica.merge(replica, 1, Integer::sum));
        System.out.println("[swarm] " + CONTENTS + " contents over 3 Array tasks: " + contentsPerReplica);
        assertThat(contentsPerReplica).hasSize(3);
        contentsPerReplica.forEach((replica, contents) -> assertThat(contents).as(replica)
                .isBetween(CONTENTS * 20 / 100, CONTENTS * 47 / 100));
    }

    @Test
    @Order(2)
    void thePeersOfOneContentMeetOnTheOneTaskDiscoveryNamesAndNoOtherHasTheSwarm() {
        Set<String> replicas = new HashSet<>(placements().values());
        List<InsideNetwork.Request> requests = new ArrayList<>();
        for (int peer = 0; peer < 3; peer++) {
            // each device asks Discovery itself, as a client does, and joins the task it names
            String array = arrayOf("meet-swarm");
            requests.add(new InsideNetwork.Request("POST", array + "join/", ComposeContainerIT.J.formatted(
                    "meet-swarm", Integer.toString(peer) + "e".repeat(39), "10.1.0." + (peer + 1))));
        }
        replicas.forEach(replica -> requests.add(new InsideNetwork.Request("GET", replica + "admin/swarms", null)));
        List<String> answers = InsideNetwork.send(stack.network(), requests);
        for (int peer = 0; peer < 3; peer++) {
            assertThat(JsonPath.from(answers.get(peer)).getList("Peers")).as("peers the %d. device got", peer + 1).hasSize(peer);
        }
        long holding = answers.subList(3, answers.size()).stream().filter(swarms -> swarms.contains("meet-swarm")).count();
        assertThat(holding).as("Array tasks holding the swarm").isEqualTo(1);
    }

    @Test
    @Order(3)
    void aSimulatedSwarmInsideTheOverlayNetworkVerifiesEveryDevice(@TempDir Path work) throws Exception {
        Shell.Result run = Fixtures.simulateInside(stack.network(), work, "http://geo-service:8081");
        assertThat(run.exitCode()).as(run.output()).isZero();
        Fixtures.assertEveryDeviceVerifiedAndLanPeersShared(JsonPath.from(work.resolve("report.json").toFile()));
    }

    @Test
    @Order(4)
    void scalingTheArraysMovesOnlyTheSwarmsOfTheTasksThatCameOrWentWithoutRestartingDiscovery() {
        List<String> discovery = stack.containers("discovery-service");
        Map<String, String> atThree = placements();

        stack.scale("array-service", 5);
        stack.awaitHealthy(5, TASKS_HEALTHY_LIMIT);
        Instant healthy = Instant.now();
        awaitArrayInstances(5);
        Duration followedUp = Duration.between(healthy, Instant.now());
        Map<String, String> atFive = placements();
        Set<String> added = new HashSet<>(atFive.values());
        added.removeAll(atThree.values());
        assertThat(added).hasSize(2);
        int movedUp = moved(atThree, atFive, added);

        stack.scale("array-service", 2);
        Instant gone = Instant.now();
        awaitArrayInstances(2);
        Duration followedDown = Duration.between(gone, Instant.now());
        Map<String, String> atTwo = placements();
        Set<String> removed = new HashSet<>(atFive.values());
        removed.removeAll(atTwo.values());
        assertThat(removed).hasSize(3);
        int movedDown = 0;
        for (var content : atFive.entrySet()) {
            if (!atTwo.get(content.getKey()).equals(content.getValue())) {
                assertThat(removed).as("where %s was before it moved", content.getKey()).contains(content.getValue());
                movedDown++;
            } else {
                assertThat(removed).doesNotContain(content.getValue());
            }
        }
        System.out.printf("[swarm] 3 -> 5 Array tasks: %d of %d contents moved (%.0f %%), all to the 2 new tasks;"
                + " Discovery knew them %d s after they were healthy%n",
                movedUp, CONTENTS, 100.0 * movedUp / CONTENTS, followedUp.toSeconds());
        System.out.printf("[swarm] 5 -> 2: %d of %d moved (%.0f %%), all from the 3 removed tasks; Discovery"
                + " dropped them %d s after they were gone%n",
                movedDown, CONTENTS, 100.0 * movedDown / CONTENTS, followedDown.toSeconds());
        // the share an added task takes is about 1/n: 2 of 5
        assertThat(movedUp).isBetween(CONTENTS * 25 / 100, CONTENTS * 55 / 100);
        assertThat(stack.containers("discovery-service")).as("Discovery's container, not restarted").isEqualTo(discovery);
    }

    /** Contents that moved, each checked to have moved to a task in {@code to}. */
    static int moved(Map<String, String> before, Map<String, String> after, Set<String> to) {
        int moved = 0;
        for (var content : before.entrySet()) {
            String now = after.get(content.getKey());
            if (!now.equals(content.getValue())) {
                assertThat(to).as("where %s went", content.getKey()).contains(now);
                moved++;
            }
        }
        return moved;
    }

    /** Content id -> the Array base URL Discovery hands out for it (a task's address on the overlay network). */
    static Map<String, String> placements() {
        Map<String, String> placements = new LinkedHashMap<>();
        for (int i = 0; i < CONTENTS; i++) {
            placements.put("spread-" + i, arrayOf("spread-" + i));
        }
        return placements;
    }

    static String arrayOf(String contentId) {
        return given().get(DISCOVERY + "/disc/" + contentId).then().statusCode(200).extract().jsonPath()
                .getString("[0].CollectiveArray");
    }

    /** Until Discovery's gauge of the Array instances it knows says {@code count}. */
    static void awaitArrayInstances(int count) {
        SwarmStack.awaitTrue(FOLLOW_LIMIT, "Discovery knowing " + count + " Array instances", () -> {
            try {
                String metrics = given().get(DISCOVERY + "/actuator/prometheus").asString();
                return metrics.lines().anyMatch(line -> line.startsWith("docloud_discovery_array_instances")
                        && line.endsWith(" " + count + ".0"));
            } catch (RuntimeException notUpYet) {
                return false;
            }
        });
    }
}
