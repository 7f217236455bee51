package org.docloudmock.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.docloudmock.client.clock.ManualTicker;
import org.docloudmock.client.swarm.RangeSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the cache host is asked again, on a clock the test moves: no sleeps. */
class CacheHostFallbackTest {

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final ManualTicker ticker = new ManualTicker();
    private volatile boolean cacheHostFails = true;

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    @Test
    void aCacheHostThatFailedIsLeftAloneFor900SecondsThenAskedAgain() throws Exception {
        CacheHostFallback source = new CacheHostFallback(cacheHost(), cdn(), Duration.ZERO, timers, ticker);

        assertThat(source.fetch(0, 4).get(5, TimeUnit.SECONDS).cacheServer()).isFalse();
        assertThat(asked).containsExactly("cache", "cdn");

        cacheHostFails = false;
        ticker.advance(Duration.ofSeconds(899));
        assertThat(source.fetch(4, 4).get(5, TimeUnit.SECONDS).cacheServer()).isFalse();
        assertThat(asked).containsExactly("cache", "cdn", "cdn");

        ticker.advance(Duration.ofSeconds(1));
        assertThat(source.fetch(8, 4).get(5, TimeUnit.SECONDS).cacheServer()).isTrue();
        assertThat(asked).containsExactly("cache", "cdn", "cdn", "cache");
    }

    @Test
    void aCacheHostThatAnswersInTimeServesEveryRange() throws Exception {
        cacheHostFails = false;
        CacheHostFallback source = new CacheHostFallback(cacheHost(), cdn(), Duration.ofSeconds(30), timers, ticker);

        for (int i = 0; i < 3; i++) {
            assertThat(source.fetch(i, 1).get(5, TimeUnit.SECONDS).cacheServer()).isTrue();
        }
        assertThat(asked).containsOnly("cache");
    }

    @Test
    void aCacheHostThatNeverAnswersGivesWayAfterTheDelay() throws Exception {
        RangeSource silent = (offset, length) -> {
            asked.add("cache");
            return new CompletableFuture<>();
        };
        CacheHostFallback source = new CacheHostFallback(silent, cdn(), Duration.ofMillis(50), timers, ticker);

        assertThat(source.fetch(0, 1).get(5, TimeUnit.SECONDS).cacheServer()).isFalse();
        assertThat(asked).containsExactly("cache", "cdn");
        assertThat(source.fetch(1, 1).get(5, TimeUnit.SECONDS).cacheServer()).as("set aside").isFalse();
        assertThat(asked).containsExactly("cache", "cdn", "cdn");
    }

    private RangeSource cacheHost() {
        return (offset, length) -> {
            asked.add("cache");
            return cacheHostFails ? CompletableFuture.failedFuture(new IOException("503"))
                    : CompletableFuture.completedFuture(new RangeSource.Range(new byte[length], true));
        };
    }

    private RangeSource cdn() {
        return (offset, length) -> {
            asked.add("cdn");
            return CompletableFuture.completedFuture(new RangeSource.Range(new byte[length], false));
        };
    }
}
