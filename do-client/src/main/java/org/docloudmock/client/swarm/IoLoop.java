package org.docloudmock.client.swarm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One selector thread. Every device's peer node lives on one loop, with all its connections and swarm
 * state, so that state needs no locks: other threads hand work over with {@link #execute}.
 */
final class IoLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IoLoop.class);

    /** What a registered channel does when it is ready. */
    interface Handler {
        void onReady(SelectionKey key) throws IOException;

        /** The channel failed or the loop is closing; release everything. */
        void close(String reason);
    }

    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long timerSequence;

    IoLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs the task on the loop thread, soon; from any thread. */
    void execute(Runnable task) {
        tasks.add(task);
        if (!inLoop()) {
            selector.wakeup();
        }
    }

    /** Runs the task on the loop after the delay; call on the loop thread. */
    Timer schedule(long delayMillis, Runnable task) {
        Timer timer = new Timer(System.nanoTime() + delayMillis * 1_000_000, timerSequence++, task);
        timers.add(timer);
        return timer;
    }

    SelectionKey register(SelectableChannel channel, int ops, Handler handler) throws ClosedChannelException {
        return channel.register(selector, ops, handler);
    }

    private void run() {
        while (running) {
            try {
                long timeout = selectTimeoutMillis();
                if (timeout < 0) {
                    selector.selectNow(this::dispatch);
                } else {
                    selector.select(this::dispatch, timeout);
                }
                runTasks();
                runDueTimers();
            } catch (IOException | RuntimeException e) {
                // one bad handler must not stop every device on this loop
                log.warn("swarm I/O loop {} caught {}", thread.getName(), e.toString(), e);
            }
        }
        List.copyOf(selector.keys()).forEach(key -> ((Handler) key.attachment()).close("shutting down"));
        try {
            selector.close();
        } catch (IOException e) {
            log.debug("closing the selector: {}", e.toString());
        }
    }

    private void dispatch(SelectionKey key) {
        Handler handler = (Handler) key.attachment();
        try {
            handler.onReady(key);
        } catch (IOException | CancelledKeyException e) {
            handler.close(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private long selectTimeoutMillis() {
        if (!tasks.isEmpty()) {
            return -1;
        }
        Timer next = timers.peek();
        if (next == null) {
            return 0;
        }
        return Math.max(1, (next.dueNanos - System.nanoTime() + 999_999) / 1_000_000);
    }

    private void runTasks() {
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            runSafely(task);
        }
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().dueNanos <= now) {
            Timer timer = timers.poll();
            if (!timer.cancelled) {
                runSafely(timer.task);
            }
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("swarm task failed on {}: {}", thread.getName(), e.toString(), e);
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A scheduled task; cancel it on the loop thread. */
    static final class Timer implements Comparable<Timer> {
        private final long dueNanos;
        private final long sequence;
        private final Runnable task;
        private boolean cancelled;

        private Timer(long dueNanos, long sequence, Runnable task) {
            this.dueNanos = dueNanos;
            this.sequence = sequence;
            this.task = task;
        }

        void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(dueNanos, other.dueNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
