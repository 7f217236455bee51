package org.docloudmock.array.matching;

import java.util.concurrent.atomic.LongAdder;

/** What the whole store counts as it goes, so that metrics never walk the swarms: swarms add to it under their own locks. */
final class StoreTotals {

    final LongAdder peers = new LongAdder();
    final LongAdder bytesFromPeers = new LongAdder();
    final LongAdder bytesFromCdn = new LongAdder();
}
