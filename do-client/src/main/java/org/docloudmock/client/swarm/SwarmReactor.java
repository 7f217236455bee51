package org.docloudmock.client.swarm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The selector threads that carry every simulated device's peer traffic. A few loops serve hundreds of
 * devices: a device is pinned to one loop, and loops are handed out in turn.
 */
public final class SwarmReactor implements AutoCloseable {

    private final List<IoLoop> loops = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    public SwarmReactor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a swarm reactor needs at least one thread");
        }
        for (int i = 0; i < threads; i++) {
            loops.add(new IoLoop("swarm-io-" + i));
        }
    }

    IoLoop nextLoop() {
        return loops.get(Math.floorMod(next.getAndIncrement(), loops.size()));
    }

    @Override
    public void close() {
        loops.forEach(IoLoop::close);
    }
}
