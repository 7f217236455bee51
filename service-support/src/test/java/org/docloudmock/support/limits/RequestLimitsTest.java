package org.docloudmock.support.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.docloudmock.support.hostile.RawHttp;
import org.docloudmock.support.hostile.RawHttp.Answer;
import org.docloudmock.support.testapp.TestServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = TestServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"docloud.limits.max-body-size=1KB", "docloud.limits.body-timeout=1s"})
class RequestLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        // the head only: the server must answer without waiting for the 50 MB it announces
        Answer answer = RawHttp.exchange(port, "POST /join/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 50000000\r\n\r\n{", WAIT);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"limit\":\"docloud.limits.max-body-size\"", "\"maxBytes\":1024");
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        String chunk = "x".repeat(2000);
        Answer answer = RawHttp.exchange(port, "POST /join/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n", WAIT);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("docloud.limits.max-body-size");
    }

    @Test
    void aBodyWithinTheLimitReachesTheController() throws Exception {
        String body = "{\"A\":1,\"B\":\"" + "x".repeat(900) + "\"}";
        Answer answer = RawHttp.exchange(port, "POST /join/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body, WAIT);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"Fields\":2");
    }

    @Test
    void aBodyThatArrivesInPiecesIsReadWhole() throws Exception {
        String body = "{\"A\":1,\"B\":2,\"C\":3}";
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /join/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n").getBytes());
            for (char c : body.toCharArray()) {
                out.flush();
                Thread.sleep(20);
                out.write(c);
            }
            String answer = new String(socket.getInputStream().readAllBytes());
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"Fields\":3");
        }
    }

    @Test
    void aBodyTooSlowIsA408AndTheConnectionIsClosed() throws Exception {
        long started = System.nanoTime();
        Answer answer = RawHttp.exchange(port, "POST /join/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{", WAIT);

        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.header("Connection")).isEqualTo("close");
        assertThat(answer.body()).contains("docloud.limits.body-timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WAIT);
    }

    @Test
    void aBodyOfTheWrongTypeIsA415Problem() throws Exception {
        Answer answer = RawHttp.exchange(port, "POST /join/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: 4\r\n\r\nabcd", WAIT);

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
    }
}
