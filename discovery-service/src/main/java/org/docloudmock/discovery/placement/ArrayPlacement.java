package org.docloudmock.discovery.placement;

import java.util.List;
import java.util.Optional;

/** Which Array instance holds a swarm: the same answer from every Discovery replica. */
public final class ArrayPlacement {

    private final ArrayInstances instances;

    public ArrayPlacement(ArrayInstances instances) {
        this.instances = instances;
    }

    /** The base URL of the instance for this content and partition; empty while no instance is known. */
    public Optional<String> arrayFor(String contentId, String partitionId) {
        List<String> current = instances.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RendezvousHashing.choose(swarmKey(contentId, partitionId), current));
    }

    /** A content id holds no control character, so NUL cannot make two different pairs one key. */
    static String swarmKey(String contentId, String partitionId) {
        return partitionId == null || partitionId.isEmpty() ? contentId : contentId + '\0' + partitionId;
    }
}
