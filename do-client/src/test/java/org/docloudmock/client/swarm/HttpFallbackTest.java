package org.docloudmock.client.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.docloudmock.client.clock.ManualTicker;
import org.junit.jupiter.api.Test;

/** The HTTP lane's slots and back-off, on a ticker the test moves, with a source that answers at once. */
class HttpFallbackTest {

    private static final long MILLI = 1_000_000L;

    private final ManualTicker ticker = new ManualTicker();
    private final List<Throwable> arrivals = new ArrayList<>();
    private final List<CompletableFuture<RangeSource.Range>> pending = new ArrayList<>();
    private final HttpFallback http = new HttpFallback((offset, length) -> {
        CompletableFuture<RangeSource.Range> range = new CompletableFuture<>();
        pending.add(range);
        return range;
    }, Runnable::run, 2, ticker);

    @Test
    void eachFailureInARowDoublesThePauseUpToFiveSecondsAndASuccessStartsAgain() {
        assertThat(http.pauseNanos(ticker.nanoTime())).isZero();

        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            pauses.add(http.failed());
        }
        assertThat(pauses).containsExactly(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L);
        assertThat(http.pauseNanos(ticker.nanoTime())).isEqualTo(5000 * MILLI);

        ticker.advance(Duration.ofMillis(4999));
        assertThat(http.pauseNanos(ticker.nanoTime())).isEqualTo(MILLI);
        ticker.advance(Duration.ofMillis(1));
        assertThat(http.pauseNanos(ticker.nanoTime())).isZero();

        http.succeeded();
        assertThat(http.failed()).isEqualTo(200L);
    }

    @Test
    void aRangeHoldsASlotUntilItArrivesOrFails() {
        PieceDownload first = new PieceDownload(0, null, 4, ticker.nanoTime());
        PieceDownload second = new PieceDownload(1, null, 4, ticker.nanoTime());

        http.fetch(first, 0, 4, (download, range, failure) -> arrivals.add(failure));
        http.fetch(second, 4, 4, (download, range, failure) -> arrivals.add(failure));
        assertThat(http.freeSlots()).isZero();

        pending.get(0).completeExceptionally(new IOException("503"));
        assertThat(http.freeSlots()).isEqualTo(1);
        assertThat(arrivals).singleElement().isInstanceOf(IOException.class);
        assertThat(http.pauseNanos(ticker.nanoTime())).as("the caller decides what a failure costs").isZero();

        pending.get(1).complete(new RangeSource.Range(new byte[4], false));
        assertThat(http.freeSlots()).isEqualTo(2);
        assertThat(arrivals).hasSize(2).last().isNull();
    }
}
