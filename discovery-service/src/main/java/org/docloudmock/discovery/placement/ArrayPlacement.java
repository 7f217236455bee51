package org.docloudmock.discovery.placement;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which Array instance holds a swarm: the same answer from every Discovery replica. */
public final class ArrayPlacement {

    private final ArrayInstances instances;
    private final MeterRegistry meters;
    private final Map<String, Counter> placementsByArray = new ConcurrentHashMap<>();

    public ArrayPlacement(ArrayInstances instances, MeterRegistry meters) {
        this.instances = instances;
        this.meters = meters;
    }

    /** The base URL of the instance for this content and partition; empty while no instance is known. */
    public Optional<String> arrayFor(String contentId, String partitionId) {
        List<String> current = instances.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        String array = RendezvousHashing.choose(swarmKey(contentId, partitionId), current);
        placementsByArray.computeIfAbsent(array, this::placements).increment();
        return Optional.of(array);
    }

    /** Tagged {@code array}, not {@code instance}: Prometheus gives the scraped target that label. */
    private Counter placements(String array) {
        return Counter.builder("docloud.discovery.placements")
                .description("Discovery answers, by the Array instance (base URL) they send the client to")
                .tag("array", array)
                .register(meters);
    }

    /** A content id holds no control character, so NUL cannot make two different pairs one key. */
    static String swarmKey(String contentId, String partitionId) {
        return partitionId == null || partitionId.isEmpty() ? contentId : contentId + '\0' + partitionId;
    }
}
