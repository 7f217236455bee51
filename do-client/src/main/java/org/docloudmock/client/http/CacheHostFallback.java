package org.docloudmock.client.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.docloudmock.client.clock.Ticker;
import org.docloudmock.client.swarm.RangeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranges from a Connected Cache host, and from the CDN when the cache host fails, as DO's client does (SPEC 10,
 * microsoft/do-client): no health check first; a range the cache host answers with an error, or has not answered
 * within DODelayCacheServerFallbackForeground/Background (when set), comes from the CDN instead, and the cache
 * host is left alone for {@link #SET_ASIDE} (do-client bans a failing cache host for 900 s), then tried again.
 */
public final class CacheHostFallback implements RangeSource {

    /** How long a cache host that failed is not asked again (microsoft/do-client: 900 s). */
    static final Duration SET_ASIDE = Duration.ofSeconds(900);

    private static final Logger log = LoggerFactory.getLogger(CacheHostFallback.class);

    private final RangeSource cacheHost;
    private final RangeSource cdn;
    private final Duration fallbackDelay;
    private final ScheduledExecutorService timers;
    private final Ticker ticker;
    private volatile long setAsideUntilNanos;

    /**
     * @param fallbackDelay how long a range may wait on the cache host before it comes from the CDN; zero: only an
     *                      error (or the cache host source's own timeout) sends it there
     */
    public CacheHostFallback(RangeSource cacheHost, RangeSource cdn, Duration fallbackDelay,
                             ScheduledExecutorService timers, Ticker ticker) {
        this.cacheHost = cacheHost;
        this.cdn = cdn;
        this.fallbackDelay = fallbackDelay;
        this.timers = timers;
        this.ticker = ticker;
        this.setAsideUntilNanos = ticker.nanoTime();
    }

    @Override
    public CompletableFuture<Range> fetch(long offset, int length) {
        if (ticker.nanoTime() - setAsideUntilNanos < 0) {
            return cdn.fetch(offset, length);
        }
        CompletableFuture<Range> result = new CompletableFuture<>();
        AtomicBoolean fellBack = new AtomicBoolean();
        Runnable toCdn = () -> {
            if (fellBack.compareAndSet(false, true)) {
                cdn.fetch(offset, length).whenComplete((range, failure) -> {
                    if (failure != null) {
                        result.completeExceptionally(failure);
                    } else {
                        result.complete(range);
                    }
                });
            }
        };
        ScheduledFuture<?> slow = fallbackDelay.isZero() ? null : timers.schedule(() -> {
            if (!result.isDone()) {
                setAside("no answer within " + fallbackDelay.toMillis() + " ms");
                toCdn.run();
            }
        }, fallbackDelay.toMillis(), TimeUnit.MILLISECONDS);
        cacheHost.fetch(offset, length).whenComplete((range, failure) -> {
            if (slow != null) {
                slow.cancel(false);
            }
            if (failure == null && !fellBack.get()) {
                result.complete(range);
            } else if (failure != null) {
                setAside(failure.getMessage());
                toCdn.run();
            }
        });
        return result;
    }

    private void setAside(String why) {
        long until = ticker.nanoTime() + SET_ASIDE.toNanos();
        if (until - setAsideUntilNanos > 0) {
            setAsideUntilNanos = until;
            log.info("cache host failed ({}): ranges come from the CDN for {} s", why, SET_ASIDE.toSeconds());
        }
    }
}
