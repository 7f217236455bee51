package org.docloudmock.array.matching;

import static org.docloudmock.array.matching.StoreAgreement.check;
import static org.docloudmock.array.matching.StoreAgreement.largeSwarms;
import static org.docloudmock.array.matching.StoreAgreement.replay;
import static org.docloudmock.array.matching.StoreAgreement.seeds;
import static org.docloudmock.array.matching.StoreAgreement.smallSwarms;

import org.junit.jupiter.api.Test;

/**
 * {@link PartitionedPeerStore} answers what {@link ReferencePeerStore} allows, over random scripts
 * ({@link StoreAgreement}); a failure names its seed, and {@code -Darray.property.seed=<seed>} replays it.
 * Small index thresholds make swarms build and drop their index as they grow and shrink, so both the scan
 * and the index are held to the reference.
 */
class PartitionedPeerStorePropertyTest {

    @Test
    void fastStoreAnswersWhatTheTableAllows() {
        check(seeds(150), random -> replay(smallSwarms(random),
                new PartitionedPeerStore(random.nextInt(1, 25), random.nextInt(1, 9))));
    }

    @Test
    void fastStoreAnswersWhatTheTableAllowsInLargeSwarms() {
        check(seeds(3), random -> replay(largeSwarms(random), new PartitionedPeerStore()));
    }
}
