package org.docloudmock.discovery.placement;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Array instances Discovery places swarms on: read from their source at start-up and on
 * {@link #refresh()} (on a schedule, never on the request path). When the source fails or finds
 * nothing, the last good set stays.
 */
public final class ArrayInstances {

    private static final Logger log = LoggerFactory.getLogger(ArrayInstances.class);

    private final ArraySource source;
    private volatile List<String> current = List.of();
    private volatile boolean failing;
    private final AtomicLong failedRefreshes = new AtomicLong();

    public ArrayInstances(ArraySource source) {
        this.source = source;
        refresh();
    }

    /** The current base URLs, sorted; empty only until the source has answered once. */
    public List<String> current() {
        return current;
    }

    /** How many reads of the source failed or found nothing: DNS resolutions, as a static list never fails. */
    public long failedRefreshes() {
        return failedRefreshes.get();
    }

    public synchronized void refresh() {
        List<String> found;
        try {
            found = source.instances().stream().sorted().toList();
        } catch (Exception e) {
            fail(e.toString());
            return;
        }
        if (found.isEmpty()) {
            fail("no instance found");
            return;
        }
        failing = false;
        if (!found.equals(current)) {
            log.info("Array instances from {}: {} (were {})", source, found, current);
            current = found;
        }
    }

    /** Warns once per outage, not every refresh. */
    private void fail(String reason) {
        failedRefreshes.incrementAndGet();
        if (!failing) {
            log.warn("Cannot read Array instances from {} ({}); keeping {}", source, reason, current);
        }
        failing = true;
    }
}
