package org.docloudmock.containers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * deploy/swarm/docker-stack.yml deployed as docs/running.md says, on this engine made a one-node swarm if it was not
 * one (and left again on close), with Content Policy's node label set (and removed on close if this added it).
 * Its services publish on the given ports, so as not to meet docker-compose's 8081-8084.
 */
final class SwarmStack implements AutoCloseable {

    static final String FILE = "deploy/swarm/docker-stack.yml";
    static final String DATA_LABEL = "docloud-mock.data";

    final String name;
    private final Map<String, String> environment;
    private final boolean initialisedSwarm;
    private final boolean labelledNode;
    private final String node;

    private SwarmStack(String name, Map<String, String> environment, boolean initialisedSwarm, boolean labelledNode,
                       String node) {
        this.name = name;
        this.environment = environment;
        this.initialisedSwarm = initialisedSwarm;
        this.labelledNode = labelledNode;
        this.node = node;
    }

    /** Makes the engine a swarm if need be, labels this node for the data, and deploys the stack with the overrides. */
    static SwarmStack deploy(String name, Map<String, String> environment, String... overrides) {
        boolean initialise = !"active".equals(Shell.run("docker", "info", "-f", "{{.Swarm.LocalNodeState}}").orFail());
        if (initialise) {
            // loopback: a one-node swarm needs no other address, and no interface is guessed
            Shell.run("docker", "swarm", "init", "--advertise-addr", "127.0.0.1").orFail();
        }
        String node = Shell.run("docker", "info", "-f", "{{.Swarm.NodeID}}").orFail();
        boolean label = Shell.run("docker", "node", "inspect", "-f", "{{index .Spec.Labels \"" + DATA_LABEL + "\"}}", node)
                .orFail().isEmpty();
        if (label) {
            Shell.run("docker", "node", "update", "--label-add", DATA_LABEL + "=true", node).orFail();
        }
        SwarmStack stack = new SwarmStack(name + "-" + ProcessHandle.current().pid(), new HashMap<>(environment),
                initialise, label, node);
        List<String> command = new ArrayList<>(List.of("docker", "stack", "deploy", "--resolve-image", "never", "-c", FILE));
        for (String override : overrides) {
            command.addAll(List.of("-c", override));
        }
        command.add(stack.name);
        try {
            Shell.run(stack.environment, Duration.ofMinutes(5), command).orFail();
        } catch (AssertionError e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    String service(String service) {
        return name + "_" + service;
    }

    /** The stack's overlay network, attachable: a container on it is a client inside the stack. */
    String network() {
        return name + "_docloud";
    }

    /** `docker service scale`, returning once the service's tasks are running (not yet healthy). */
    void scale(String service, int replicas) {
        Shell.run(Map.of(), Duration.ofMinutes(5), List.of("docker", "service", "scale", "--detach=false",
                service(service) + "=" + replicas)).orFail();
    }

    /** Container ids of a service's running tasks. */
    List<String> containers(String service) {
        String ids = Shell.run("docker", "ps", "-q", "--filter", "label=com.docker.swarm.service.name=" + service(service)).orFail();
        return ids.isEmpty() ? List.of() : List.of(ids.split("\\s+"));
    }

    /** Every task of the stack running and healthy, the Array service with this many. */
    void awaitHealthy(int arrays, Duration limit) {
        awaitTrue(limit, "every service healthy, " + arrays + " Array tasks", () -> {
            for (String service : Images.SERVICES) {
                List<String> containers = containers(service);
                int wanted = service.equals("array-service") ? arrays : 1;
                if (containers.size() != wanted || !containers.stream().allMatch(id -> "healthy".equals(Shell.run(
                        "docker", "inspect", "-f", "{{.State.Health.Status}}", id).output().strip()))) {
                    return false;
                }
            }
            return true;
        });
    }

    static void awaitTrue(Duration limit, String what, BooleanSupplier condition) {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** What the engine still has of the stack: services, containers, networks, volumes. */
    List<String> leftovers() {
        List<String> left = new ArrayList<>();
        String label = "label=com.docker.stack.namespace=" + name;
        for (List<String> listing : List.of(
                List.of("docker", "service", "ls", "-q", "--filter", label),
                List.of("docker", "ps", "-a", "-q", "--filter", label),
                List.of("docker", "network", "ls", "-q", "--filter", label),
                List.of("docker", "volume", "ls", "-q", "--filter", label))) {
            Shell.Result listed = Shell.run(listing.toArray(String[]::new));
            // once the swarm is left, `docker service ls` fails: there are no services to list
            String found = listed.succeeded() ? listed.output().strip() : "";
            if (!found.isEmpty()) {
                left.add(String.join(" ", listing.subList(0, 2)) + ": " + found.replace('\n', ' '));
            }
        }
        return left;
    }

    /** `docker stack rm`, its containers and network gone, its volume removed; the swarm left if this made it. */
    @Override
    public void close() {
        Shell.run("docker", "stack", "rm", name);
        String label = "label=com.docker.stack.namespace=" + name;
        awaitTrue(Duration.ofMinutes(2), "the stack's containers and network gone", () ->
                Shell.run("docker", "ps", "-a", "-q", "--filter", label).output().isBlank()
                        && Shell.run("docker", "network", "ls", "-q", "--filter", label).output().isBlank());
        String volumes = Shell.run("docker", "volume", "ls", "-q", "--filter", label).output().strip();
        if (!volumes.isEmpty()) {
            List<String> remove = new ArrayList<>(List.of("docker", "volume", "rm"));
            remove.addAll(List.of(volumes.split("\\s+")));
            Shell.run(remove.toArray(String[]::new)).orFail();
        }
        if (initialisedSwarm) {
            Shell.run("docker", "swarm", "leave", "--force").orFail();
            // `swarm init` made it and `leave` keeps it
            Shell.run("docker", "network", "rm", "docker_gwbridge");
        } else if (labelledNode) {
            Shell.run("docker", "node", "update", "--label-rm", DATA_LABEL, node).orFail();
        }
    }
}
