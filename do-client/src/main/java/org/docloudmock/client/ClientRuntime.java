package org.docloudmock.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.docloudmock.client.clock.Ticker;
import org.docloudmock.client.swarm.SwarmReactor;
import tools.jackson.databind.json.JsonMapper;

/**
 * What many devices in one JVM share: one HTTP client, the selector threads of the peer engine, a bounded
 * pool for blocking calls and a timer. Java 17 has no virtual threads, so hundreds of devices run on a
 * few threads.
 */
public final class ClientRuntime implements AutoCloseable {

    private final ClientSettings settings;
    private final ExecutorService blocking;
    private final ExecutorService httpCallbacks;
    private final ScheduledExecutorService timers;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SwarmReactor reactor;
    private final Ticker ticker;

    public ClientRuntime(ClientSettings settings) {
        this(settings, Ticker.SYSTEM);
    }

    /** @param ticker the time patience, stalls, bans, back-off and the cache host's set-aside are judged by */
    public ClientRuntime(ClientSettings settings, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
        this.blocking = Executors.newFixedThreadPool(settings.blockingThreads(), named("do-client"));
        // the HTTP client's own tasks never block; blocking callers wait on it from the other pool, not this one
        this.httpCallbacks = Executors.newFixedThreadPool(4, named("do-client-http"));
        this.timers = Executors.newSingleThreadScheduledExecutor(named("do-client-timer"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(httpCallbacks).build();
        this.reactor = new SwarmReactor(settings.ioThreads());
    }

    public ClientSettings settings() {
        return settings;
    }

    HttpClient http() {
        return http;
    }

    JsonMapper json() {
        return json;
    }

    SwarmReactor reactor() {
        return reactor;
    }

    ExecutorService blocking() {
        return blocking;
    }

    Ticker ticker() {
        return ticker;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        reactor.close();
        blocking.shutdownNow();
        httpCallbacks.shutdownNow();
        try {
            blocking.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
