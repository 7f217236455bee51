package org.docloudmock.array.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.docloudmock.protocol.array.PeerType;
import org.junit.jupiter.api.Test;

/** The agreement check can fail: a store that forgets a rule of the table is caught, with a seed that replays it. */
class StoreAgreementTest {

    private static final Pattern REPLAY = Pattern.compile("-Darray\\.property\\.seed=(-?\\d+)");

    /** Forgets DORestrictPeerSelectionBy: behind one NAT, everyone is Lan. */
    private static Optional<PeerType> ignoringSubnets(Peer requester, Peer candidate) {
        boolean sameNat = requester.externalIp().equals(candidate.externalIp());
        return sameNat && !requester.id().equals(candidate.id()) ? Optional.of(PeerType.Lan)
                : Visibility.relation(requester, candidate);
    }

    private static final StoreAgreement.Trial FORGETS_SUBNETS = random -> StoreAgreement.replay(
            StoreAgreement.smallSwarms(random), new ReferencePeerStore(StoreAgreementTest::ignoringSubnets));

    @Test
    void aStoreThatForgetsARuleFailsWithTheSeedThatReplaysIt() {
        AssertionError caught = catchThrowableOfType(AssertionError.class,
                () -> StoreAgreement.check(new SplittableRandom(14).longs(150), FORGETS_SUBNETS));

        assertThat(caught).as("a disagreement").isNotNull();
        assertThat(caught).hasMessageContaining("step ");
        Matcher replay = REPLAY.matcher(caught.getMessage());
        assertThat(replay.find()).as(caught.getMessage()).isTrue();

        AssertionError replayed = catchThrowableOfType(AssertionError.class,
                () -> StoreAgreement.check(LongStream.of(Long.parseLong(replay.group(1))), FORGETS_SUBNETS));
        assertThat(replayed).as("the seed alone fails again, at the same step, the same way").isNotNull()
                .hasMessage(caught.getMessage());
    }

    @Test
    void theRightStorePassesTheSameScripts() {
        StoreAgreement.check(new SplittableRandom(14).longs(20),
                random -> StoreAgreement.replay(StoreAgreement.smallSwarms(random), new ReferencePeerStore()));
    }

    @Test
    void aSeedNamedOnTheCommandLineIsTheOnlyOneTried() {
        String before = System.getProperty(StoreAgreement.SEED_PROPERTY);
        try {
            System.setProperty(StoreAgreement.SEED_PROPERTY, "-42");
            assertThat(StoreAgreement.seeds(150)).containsExactly(-42L);
            System.clearProperty(StoreAgreement.SEED_PROPERTY);
            assertThat(StoreAgreement.seeds(150).distinct().count()).isEqualTo(150);
        } finally {
            if (before != null) {
                System.setProperty(StoreAgreement.SEED_PROPERTY, before);
            }
        }
    }
}
