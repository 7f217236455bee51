package org.docloudmock.array.synthetic;

import java.time.Clock;
import org.docloudmock.array.matching.PeerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * For benchmarks only: fills the store with {@link SyntheticSwarms} at start-up, before the service
 * reports ready, so that a benchmark starts with a million peers in seconds rather than after a
 * million joins. Off unless {@code docloud.array.synthetic.contents} is set.
 */
public final class SyntheticSwarmsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticSwarmsLoader.class);

    private final PeerStore store;
    private final SyntheticSwarms swarms;
    private final Clock clock;

    public SyntheticSwarmsLoader(PeerStore store, SyntheticSwarms swarms, Clock clock) {
        this.store = store;
        this.swarms = swarms;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        swarms.loadInto(store, clock.instant());
        log.warn("Loaded {} synthetic peers in {} swarms in {} ms (docloud.array.synthetic.*: for benchmarks only)",
                (long) swarms.contents() * swarms.peersPerContent(), swarms.contents(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
