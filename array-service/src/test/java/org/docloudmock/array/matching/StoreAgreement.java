package org.docloudmock.array.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerEntry;

/**
 * Holds a {@link PeerStore} to {@link ReferencePeerStore} over random scripts of joins (every mode, NATs of
 * IPv4 and IPv6, groups, subnet restrictions, seeds, re-joins that move peers), leaves and sweeps. After
 * every join both agree on NumberOfPeers, on which peers may be returned and how (relation, address, port,
 * seed), on the order of classes (Lan before Group before Internet, seeds first) and on the cap; at the end
 * on every summary. The random choice among equals is not compared.
 *
 * <p>Each try draws everything from one seed. A disagreement fails naming the seed and the step, and
 * {@code -Darray.property.seed=<seed>} runs that one try again, step for step: no shrinking, but a failure
 * that can be replayed under a debugger.
 */
final class StoreAgreement {

    static final String SEED_PROPERTY = "array.property.seed";

    private static final List<String> CONTENTS = List.of("content-a", "content-b");
    private static final List<String> NATS = List.of("203.0.113.1", "203.0.113.2", "198.51.100.7", "2001:db8::1", "2001:db8::2");
    private static final List<String> REPORTED = List.of("192.168.0.2", "192.168.0.3", "192.168.0.130", "10.0.0.9", "fd00::5");
    /** Prefix lengths of DORestrictPeerSelectionBy = 1; -1 (most often): no restriction. */
    private static final List<Integer> SUBNET_PREFIXES = List.of(-1, -1, -1, -1, 24, 25, 8, 0);
    private static final List<String> GROUPS = List.of("", "g1", "g2", "g3");
    private static final List<Long> LEFT = List.of(0L, 0L, 500L);
    private static final List<DownloadMode> NEVER_PEER = List.of(DownloadMode.HTTP_ONLY, DownloadMode.SIMPLE, DownloadMode.BYPASS);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private StoreAgreement() {
    }

    /** One try: draws a script and a store from {@code random}, and replays it. */
    @FunctionalInterface
    interface Trial {
        void run(SplittableRandom random);
    }

    /** {@code tries} new seeds, or only the one {@code -Darray.property.seed} names. */
    static LongStream seeds(int tries) {
        String replay = System.getProperty(SEED_PROPERTY, "");
        return replay.isBlank() ? new SplittableRandom().longs(tries) : LongStream.of(Long.parseLong(replay.trim()));
    }

    /** Runs {@code trial} once per seed; the first that fails is reported with its seed. */
    static void check(LongStream seeds, Trial trial) {
        seeds.forEach(seed -> {
            try {
                trial.run(new SplittableRandom(seed));
            } catch (AssertionError failure) {
                throw new AssertionError("The store and the reference disagree, seed " + seed + " (replay: -D"
                        + SEED_PROPERTY + "=" + seed + "): " + failure.getMessage(), failure);
            }
        });
    }

    /** What one client does: join in some mode (or leave), or time passes and the sweeper runs. */
    record Step(boolean sweep, int ageSeconds, String content, int peer, String nat, String reported, String group,
                DownloadMode mode, Long left, boolean leave, int wanted, long downloaded, long downloadedCdn,
                int subnetPrefix) {

        /** A restriction needs an IPv4 ReportedIp, as a join is validated. */
        Peer peer(Instant now) {
            boolean canRestrict = reported != null && reported.indexOf(':') < 0;
            return new Peer(new PeerId("%040x".formatted(peer * 7919L)), nat, reported, 7680 + peer % 3, group, mode,
                    0, downloaded, downloadedCdn, 0, left, now, canRestrict ? subnetPrefix : -1);
        }
    }

    /** Up to 40 peers behind a few NATs, up to 250 steps: swarms cross a small index threshold both ways. */
    static List<Step> smallSwarms(SplittableRandom random) {
        return script(random, 40, StoreAgreement::fewNats, 1, 250, 60);
    }

    /** Thousands of peers over hundreds of NATs: tables grow and shrink, NAT partitions come and go. */
    static List<Step> largeSwarms(SplittableRandom random) {
        return script(random, 2000, r -> r.nextBoolean() ? manyNats(r) : fewNats(r), 5000, 8000, 4000);
    }

    /**
     * Plays {@code script} on {@code store} and on the reference; a disagreement names the step. Joins are
     * a second apart; a sweep expires what is older than its age.
     */
    static void replay(List<Step> script, PeerStore store) {
        PeerStore reference = new ReferencePeerStore();
        Instant now = START;
        for (int number = 0; number < script.size(); number++) {
            Step step = script.get(number);
            now = now.plusSeconds(1);
            try {
                play(step, now, store, reference);
            } catch (AssertionError failure) {
                throw new AssertionError("step " + (number + 1) + " of " + script.size() + ", " + step + ": "
                        + failure.getMessage(), failure);
            }
        }
        assertThat(store.swarms()).as("after the last step").isEqualTo(reference.swarms());
        for (String content : CONTENTS) {
            assertThat(store.peers(content)).as("after the last step").isEqualTo(reference.peers(content));
        }
        assertThat(store.peerCount()).isEqualTo(reference.peerCount());
        assertThat(store.reportedBytes()).isEqualTo(reference.reportedBytes());
        assertThat(store.busiestSwarms(5)).isEqualTo(reference.busiestSwarms(5));
    }

    private static void play(Step step, Instant now, PeerStore store, PeerStore reference) {
        if (step.sweep()) {
            Instant cutoff = now.minusSeconds(step.ageSeconds());
            assertThat(store.removeSeenBefore(cutoff)).as("expired").isEqualTo(reference.removeSeenBefore(cutoff));
        } else if (step.leave() || !step.mode().peers()) {
            store.leave(step.content(), step.peer(now));
            reference.leave(step.content(), step.peer(now));
        } else {
            Peer requester = step.peer(now);
            MatchedPeers got = store.join(step.content(), requester, step.wanted());
            MatchedPeers allowed = reference.join(step.content(), requester, Integer.MAX_VALUE);
            assertAllowed(requester, got, allowed, step.wanted());
        }
    }

    /** {@code allowed} is everything the reference lets the requester see, in an order of the right classes. */
    private static void assertAllowed(Peer requester, MatchedPeers got, MatchedPeers allowed, int wanted) {
        assertThat(got.visible()).as("NumberOfPeers").isEqualTo(allowed.visible());
        assertThat(got.peers()).as("capped at PeersWanted").hasSize(Math.min(wanted, allowed.visible()));
        Map<String, PeerEntry> allowedById = allowed.peers().stream()
                .collect(Collectors.toMap(PeerEntry::peerId, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (PeerEntry entry : got.peers()) {
            assertThat(entry).as("returned as the table says").isEqualTo(allowedById.get(entry.peerId()));
            assertThat(seen.add(entry.peerId())).as("returned once").isTrue();
        }
        assertThat(got.peers().stream().map(entry -> orderClass(requester, entry)).toList()).as("order")
                .isEqualTo(allowed.peers().stream().limit(got.peers().size()).map(entry -> orderClass(requester, entry)).toList());
    }

    /** Lan, Group, Internet; seeds before the others when the requester needs data. Equals rank equal. */
    private static int orderClass(Peer requester, PeerEntry entry) {
        return entry.peerType().ordinal() * 2 + (requester.needsData() && !entry.seed() ? 1 : 0);
    }

    /** Peer ids up to {@code peers}; one step in 31 a sweep of what is older than up to {@code maxAge} steps. */
    private static List<Step> script(SplittableRandom random, int peers, Function<SplittableRandom, String> nats,
                                     int minSteps, int maxSteps, int maxAge) {
        int length = random.nextInt(minSteps, maxSteps + 1);
        List<Step> steps = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            steps.add(random.nextInt(31) == 0
                    ? new Step(true, random.nextInt(maxAge + 1), null, 0, null, null, null, null, null, false, 0, 0, 0, -1)
                    : join(random, peers, nats));
        }
        return steps;
    }

    private static Step join(SplittableRandom random, int peers, Function<SplittableRandom, String> nats) {
        String content = pick(random, CONTENTS);
        int peer = random.nextInt(peers + 1);
        String nat = nats.apply(random);
        String reported = random.nextInt(5) == 0 ? null : pick(random, REPORTED);
        String group = pick(random, GROUPS);
        DownloadMode mode = mode(random);
        Long left = random.nextInt(5) == 0 ? null : pick(random, LEFT);
        boolean leave = random.nextInt(10) == 0;
        int wanted = random.nextInt(31);
        long downloaded = random.nextLong(3001);
        return new Step(false, 0, content, peer, nat, reported, group, mode, left, leave, wanted, downloaded,
                downloaded / 3, pick(random, SUBNET_PREFIXES));
    }

    /** LAN 5, Group 6, Internet 6, and a mode that never peers 1 in 18. */
    private static DownloadMode mode(SplittableRandom random) {
        int draw = random.nextInt(18);
        return draw < 5 ? DownloadMode.LAN : draw < 11 ? DownloadMode.GROUP : draw < 17 ? DownloadMode.INTERNET
                : pick(random, NEVER_PEER);
    }

    private static String fewNats(SplittableRandom random) {
        return pick(random, NATS);
    }

    private static String manyNats(SplittableRandom random) {
        int nat = random.nextInt(300);
        return nat % 10 == 0 ? "2001:db8::" + Integer.toHexString(nat) : "198.51." + nat / 256 + "." + nat % 256;
    }

    private static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
