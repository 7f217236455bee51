package org.docloudmock.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.docloudmock.client.clock.Ticker;
import org.docloudmock.client.cloud.CloudClient;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.client.swarm.SwarmSession;
import org.docloudmock.protocol.array.JoinEvent;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A peering download's joins to Array: Started, then Periodic ones while it downloads (KeyValue's
 * Array_RejoinIntervalSecs) and once it seeds (Array's ReannounceIntervalSecs), one sooner when a peer Array
 * has not named connects (at most once a second), Completed and Stopped. Each answer's peers go to the swarm.
 */
final class JoinSchedule {

    private static final long EARLY_JOIN_SPACING_MILLIS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(JoinSchedule.class);

    /**
     * How long between periodic joins.
     *
     * @param fixed            the client's fixed interval, or null for KeyValue's while downloading and Array's after
     * @param whileDownloading KeyValue's Array_RejoinIntervalSecs
     */
    record Intervals(Duration fixed, Duration whileDownloading) {
    }

    private final CloudClient cloud;
    private final String collectiveArray;
    private final Function<JoinEvent, JoinRequest> requests;
    private final String deviceName;
    private final ScheduledExecutorService timers;
    private final Executor blocking;
    private final Ticker ticker;
    private final Intervals intervals;
    private final BooleanSupplier downloading;
    private volatile SwarmSession session;
    private volatile long lastJoinNanos;
    private volatile long reannounceSecs;
    private ScheduledFuture<?> next;
    private boolean closed;

    /** @param downloading whether the download is still under way (Array's interval applies once it seeds) */
    JoinSchedule(CloudClient cloud, String collectiveArray, Function<JoinEvent, JoinRequest> requests, String deviceName,
                 ScheduledExecutorService timers, Executor blocking, Ticker ticker, Intervals intervals,
                 BooleanSupplier downloading) {
        this.cloud = cloud;
        this.collectiveArray = collectiveArray;
        this.requests = requests;
        this.deviceName = deviceName;
        this.timers = timers;
        this.blocking = blocking;
        this.ticker = ticker;
        this.intervals = intervals;
        this.downloading = downloading;
    }

    /** The Started join, whose peers start the swarm, and the periodic ones after it. */
    void start(SwarmSession swarm) {
        this.session = swarm;
        join(JoinEvent.STARTED);
        schedule(intervalMillis());
    }

    void join(JoinEvent event) {
        lastJoinNanos = ticker.nanoTime();
        try {
            JoinResponse response = cloud.join(collectiveArray, requests.apply(event));
            reannounceSecs = response.reannounceIntervalSecs();
            if (event != JoinEvent.STOPPED) {
                session.updatePeers(response.peers() == null ? List.of() : response.peers(), response.numberOfPeers());
            }
        } catch (CloudException e) {
            log.info("device {}: join ({}) failed: {}", deviceName, event, e.getMessage());
            if (event == JoinEvent.STARTED) {
                session.updatePeers(List.of(), 0); // carry on from the HTTP source, and try Array again later
            }
        }
    }

    /** A peer Array has not named connected: ask Array again soon, at most once a second. */
    void soon() {
        long sinceLast = (ticker.nanoTime() - lastJoinNanos) / 1_000_000;
        schedule(Math.max(0, EARLY_JOIN_SPACING_MILLIS - sinceLast));
    }

    /** No more periodic joins. */
    synchronized void stop() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
    }

    private void periodic() {
        synchronized (this) {
            next = null;
            if (closed) {
                return;
            }
        }
        join(JoinEvent.PERIODIC);
        schedule(intervalMillis());
    }

    private synchronized void schedule(long delayMillis) {
        if (closed || (next != null && next.getDelay(TimeUnit.MILLISECONDS) <= delayMillis)) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = timers.schedule(() -> blocking.execute(this::periodic), delayMillis, TimeUnit.MILLISECONDS);
    }

    private long intervalMillis() {
        if (intervals.fixed() != null) {
            return intervals.fixed().toMillis();
        }
        // KeyValue paces a downloading peer; once it only seeds, Array's ReannounceIntervalSecs does
        return downloading.getAsBoolean() || reannounceSecs <= 0 ? intervals.whileDownloading().toMillis()
                : reannounceSecs * 1000;
    }
}
