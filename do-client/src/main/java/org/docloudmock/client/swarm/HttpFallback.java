package org.docloudmock.client.swarm;

import java.util.concurrent.Executor;
import org.docloudmock.client.clock.Ticker;

/**
 * The swarm's HTTP lane: pieces as byte ranges from the CDN or cache host, a few at a time, and after a failed
 * range a pause before the next that doubles with each failure in a row, from 200 ms up to
 * {@link #MAX_BACKOFF_MILLIS}. The failed piece goes back to the scheduler, which may get it from a peer in the
 * meantime, so the pause is the lane's, not a retry of that range.
 */
final class HttpFallback {

    static final long MAX_BACKOFF_MILLIS = 5_000;

    /** Called on the loop when a range arrived or failed. */
    interface Arrival {
        void arrived(PieceDownload download, RangeSource.Range range, Throwable failure);
    }

    private final RangeSource source;
    private final Executor loop;
    private final int maxRequests;
    private final Ticker ticker;
    private int requests;
    private int failures;
    private long pausedUntilNanos;

    HttpFallback(RangeSource source, Executor loop, int maxRequests, Ticker ticker) {
        this.source = source;
        this.loop = loop;
        this.maxRequests = maxRequests;
        this.ticker = ticker;
        this.pausedUntilNanos = ticker.nanoTime();
    }

    /** Requests that may start now. */
    int freeSlots() {
        return maxRequests - requests;
    }

    /** How long the lane is still paused after a failure; 0 when it is not. */
    long pauseNanos(long nowNanos) {
        return Math.max(0, pausedUntilNanos - nowNanos);
    }

    void fetch(PieceDownload download, long offset, int length, Arrival arrival) {
        requests++;
        source.fetch(offset, length).whenComplete((range, failure) -> loop.execute(() -> {
            requests--;
            arrival.arrived(download, range, failure);
        }));
    }

    /** A range failed (the caller says so, on the loop): pauses the lane; returns for how many milliseconds. */
    long failed() {
        failures++;
        long backoff = Math.min(MAX_BACKOFF_MILLIS, 100L << Math.min(failures, 6));
        pausedUntilNanos = ticker.nanoTime() + backoff * 1_000_000;
        return backoff;
    }

    /** A range arrived whole and good: the next failure pauses briefly again. */
    void succeeded() {
        failures = 0;
    }
}
