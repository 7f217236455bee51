package org.docloudmock.array.matching;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the whole store counts as it goes, so that metrics never walk the swarms: swarms add to it under their own locks. */
final class StoreTotals {

    final LongAdder peers = new LongAdder();
    // sums that saturate (ReportedBytes.sum), which a LongAdder cannot; they change only when a peer reports more bytes
    final AtomicLong bytesFromPeers = new AtomicLong();
    final AtomicLong bytesFromCdn = new AtomicLong();
}
