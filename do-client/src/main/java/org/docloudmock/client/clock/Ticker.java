package org.docloudmock.client.clock;

/**
 * Where the client reads the time for patience, banning, back-off and fallback: a monotonic nanosecond
 * count, as {@link System#nanoTime()}. Injected, so tests drive those rules on a clock they move.
 */
@FunctionalInterface
public interface Ticker {

    Ticker SYSTEM = System::nanoTime;

    long nanoTime();
}
