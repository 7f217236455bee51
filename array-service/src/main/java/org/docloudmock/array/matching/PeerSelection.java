package org.docloudmock.array.matching;

import java.util.ArrayList;
import java.util.List;
import org.docloudmock.protocol.array.PeerEntry;

/**
 * One requester's answer as it is put together (SPEC 7): the store offers peers tier by tier, in the
 * order they are returned (Lan, Group, Internet; within each, seeds first for a requester that still
 * needs data), and this keeps the first {@code wanted}.
 */
final class PeerSelection {

    private final int wanted;
    private final List<PeerEntry> chosen;

    PeerSelection(int wanted) {
        this.wanted = wanted;
        this.chosen = new ArrayList<>(Math.min(wanted, 128));
    }

    boolean isFull() {
        return chosen.size() >= wanted;
    }

    /** How many more it takes. */
    int needed() {
        return wanted - chosen.size();
    }

    void add(PeerEntry entry) {
        chosen.add(entry);
    }

    Selection result(int visible) {
        return new Selection(chosen, visible);
    }
}
