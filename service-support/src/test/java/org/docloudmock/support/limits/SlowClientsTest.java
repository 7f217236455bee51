package org.docloudmock.support.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.docloudmock.support.hostile.Latencies;
import org.docloudmock.support.hostile.RawHttp;
import org.docloudmock.support.hostile.SlowClients;
import org.docloudmock.support.testapp.TestService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16: 250 connections that send a join's head and then a byte a second once held every one of Tomcat's
 * 200 workers, and every normal join timed out. Bodies are now read without a worker. The bound is relative to
 * the same machine's latency without the slow clients, so that a busy CI machine does not fail it; starvation
 * shows as seconds, far above it. bench/slow-clients.sh measures the absolute figure.
 */
@TestService
class SlowClientsTest {

    static final int SLOW_CLIENTS = 250;

    @LocalServerPort
    int port;

    @Test
    void slowBodiesDoNotStarveOtherClients() throws Exception {
        Latencies alone = Latencies.measure(Duration.ofSeconds(2), this::join);
        Latencies withSlowClients;
        try (SlowClients slow = SlowClients.sendingBodies(port, SLOW_CLIENTS, "POST", "/join/", "application/json", 5000,
                Duration.ofSeconds(1))) {
            withSlowClients = Latencies.measure(Duration.ofSeconds(4), this::join);
        }
        System.out.println("joins alone: " + alone + "; beside " + SLOW_CLIENTS + " slow bodies: " + withSlowClients);

        assertThat(withSlowClients.failures()).isZero();
        assertThat(withSlowClients.percentile(0.99)).isLessThan(Math.max(100, 5 * alone.percentile(0.99)));
    }

    private boolean join() throws Exception {
        String body = "{\"ContentId\":\"c\",\"Scope\":1}";
        return RawHttp.exchange(port, "POST /join/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body,
                Duration.ofSeconds(5)).status() == 200;
    }
}
