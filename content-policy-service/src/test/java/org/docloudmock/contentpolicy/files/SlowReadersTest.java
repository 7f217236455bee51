package org.docloudmock.contentpolicy.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.docloudmock.support.hostile.Latencies;
import org.docloudmock.support.hostile.RawHttp;
import org.docloudmock.support.hostile.SlowReaders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16: clients that download large payloads a little at a time must not take Tomcat's workers from everyone
 * else. Whole payloads, single ranges and multi-range answers, generated or from a file, are written by
 * non-blocking I/O or sendfile; a client that stops reading is cut off after server.tomcat.connection-timeout.
 * Tomcat runs 8 workers here, so that the 10 slow multi-range readers alone would hold all of them if they were
 * written by blocking I/O, as they were.
 * The bound is relative to the same machine's latency without the slow readers (see SlowClientsTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.threads.max=8", "server.tomcat.threads.min-spare=2", "server.tomcat.connection-timeout=5s"})
class SlowReadersTest {

    static final int EACH = 5;
    static final int STALLED = 4;
    static final int SIZE = 32 << 20;
    /** What a slow reader reads a second: at this pace Tomcat's blocking writes (8 KiB at a time) never reach the 5 s timeout. */
    static final int CHUNK = 4096;
    static final String MULTI_RANGE = "Range: bytes=0-99,1048576-\r\n";

    @LocalServerPort
    int port;

    @Test
    void slowReadersOfLargePayloadsHoldNoWorkerAndStalledOnesAreCutOff() throws Exception {
        RestAssured.port = port;
        String generated = path(given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":" + SIZE + "}}")
                .put("/admin/contents/slow-generated").then().statusCode(201).extract().path("ContentUrl"));
        String stored = path(given().contentType(ContentType.BINARY).body(new byte[SIZE])
                .put("/admin/contents/slow-stored/payload").then().statusCode(201).extract().path("ContentUrl"));

        Latencies alone = Latencies.measure(Duration.ofSeconds(2), this::contentPolicy);
        Latencies withSlowReaders;
        List<SlowReaders> slow = new ArrayList<>();
        try {
            for (String path : List.of(generated, stored)) {
                slow.add(SlowReaders.reading(port, EACH, path, "", CHUNK, Duration.ofSeconds(1)));
                slow.add(SlowReaders.reading(port, EACH, path, "Range: bytes=1048576-\r\n", CHUNK, Duration.ofSeconds(1)));
                slow.add(SlowReaders.reading(port, EACH, path, MULTI_RANGE, CHUNK, Duration.ofSeconds(1)));
            }
            SlowReaders stalled = SlowReaders.reading(port, STALLED, generated, MULTI_RANGE, 0, Duration.ofSeconds(1));
            slow.add(stalled);
            // the first bytes of every answer go out at once: what is measured is the steady state after them
            Thread.sleep(1000);
            withSlowReaders = Latencies.measure(Duration.ofSeconds(5), this::contentPolicy);
            System.out.println("content policies alone: " + alone + "; beside " + 6 * EACH + " slow and " + STALLED
                    + " stalled readers: " + withSlowReaders);

            assertThat(withSlowReaders.failures()).isZero();
            assertThat(withSlowReaders.percentile(0.99)).isLessThan(Math.max(100, 5 * alone.percentile(0.99)));
            for (SlowReaders readers : slow.subList(0, slow.size() - 1)) {
                assertThat(readers.answeredWith(200) + readers.answeredWith(206)).isEqualTo(EACH);
                assertThat(readers.closedByServer()).isZero();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> stalled.drainedAndClosed() == STALLED);
        } finally {
            for (SlowReaders readers : slow) {
                readers.close();
            }
        }
    }

    private boolean contentPolicy() throws IOException {
        return RawHttp.exchange(port, "GET /content/slow-generated/contentpolicy HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                Duration.ofSeconds(5)).status() == 200;
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }
}
