package org.docloudmock.array.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;

/**
 * Orders and caps what a requester gets (SPEC 7): Lan peers first, then Group, then Internet; within
 * each, seeds first for a requester that still needs data; random among equals.
 */
public final class PeerSelection {

    private static final PeerType[] RELATIONS = PeerType.values();

    private PeerSelection() {
    }

    /** Looks at every peer of the swarm: the straightforward selection, O(swarm size). */
    public static Selection select(Peer requester, Iterable<Peer> swarm, int wanted, RandomGenerator random) {
        // tiers in return order: Lan seeds, Lan others, Group seeds, Group others, Internet seeds, Internet others
        List<List<Peer>> tiers = new ArrayList<>(RELATIONS.length * 2);
        for (int i = 0; i < RELATIONS.length * 2; i++) {
            tiers.add(new ArrayList<>());
        }
        boolean seedsFirst = requester.needsData();
        int visible = 0;
        for (Peer candidate : swarm) {
            Optional<PeerType> relation = Visibility.relation(requester, candidate);
            if (relation.isPresent()) {
                visible++;
                tiers.get(relation.get().ordinal() * 2 + (seedsFirst && !candidate.isSeed() ? 1 : 0)).add(candidate);
            }
        }
        List<PeerEntry> chosen = new ArrayList<>(Math.min(wanted, visible));
        for (int tier = 0; tier < tiers.size() && chosen.size() < wanted; tier++) {
            PeerType relation = RELATIONS[tier / 2];
            for (Peer peer : pick(tiers.get(tier), wanted - chosen.size(), random)) {
                chosen.add(new PeerEntry(peer.id().hex(), Visibility.address(relation, peer), peer.port(), relation,
                        peer.isSeed()));
            }
        }
        return new Selection(chosen, visible);
    }

    /** {@code count} peers of the tier at random: a partial Fisher-Yates shuffle. */
    private static List<Peer> pick(List<Peer> tier, int count, RandomGenerator random) {
        int picked = Math.min(count, tier.size());
        for (int i = 0; i < picked; i++) {
            Collections.swap(tier, i, i + random.nextInt(tier.size() - i));
        }
        return tier.subList(0, picked);
    }
}
