package org.docloudmock.support.hostile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Times one kind of request, one after another, for a while: what a well-behaved client waits. */
public final class Latencies {

    private final List<Double> millis;
    private final int failures;

    private Latencies(List<Double> millis, int failures) {
        this.millis = millis;
        this.failures = failures;
    }

    /** Runs {@code request} (true when answered as expected) back to back for {@code duration}. */
    public static Latencies measure(Duration duration, Callable<Boolean> request) throws Exception {
        List<Double> millis = new ArrayList<>();
        int failures = 0;
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            boolean ok;
            try {
                ok = request.call();
            } catch (Exception e) {
                ok = false;
            }
            millis.add((System.nanoTime() - started) / 1e6);
            if (!ok) {
                failures++;
            }
        }
        Collections.sort(millis);
        return new Latencies(millis, failures);
    }

    public double percentile(double p) {
        return millis.isEmpty() ? Double.NaN : millis.get(Math.min(millis.size() - 1, (int) Math.ceil(p * millis.size()) - 1));
    }

    public int failures() {
        return failures;
    }

    @Override
    public String toString() {
        return String.format("%d requests, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms", millis.size(), failures,
                percentile(0.5), percentile(0.99), millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1));
    }
}
