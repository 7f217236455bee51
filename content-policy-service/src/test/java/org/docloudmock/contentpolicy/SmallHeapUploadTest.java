package org.docloudmock.contentpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.SyntheticContent;
import org.junit.jupiter.api.Test;

/**
 * An upload far larger than the heap goes through: the service runs in a child JVM with a 64 MiB heap, in
 * memory mode (uploaded bytes in a temporary directory), and receives 400 MiB streamed.
 */
class SmallHeapUploadTest {

    private static final long SIZE = 400L << 20;
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void aContentSixTimesTheHeapIsUploadedStreamed() throws Exception {
        Process service = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ContentPolicyApplication.class.getName(),
                "--docloud.content-policy.port=0", "--spring.main.banner-mode=off"))
                .redirectErrorStream(true).start();
        try {
            int port = portOf(service).get(90, TimeUnit.SECONDS);
            SyntheticContent bytes = new SyntheticContent(SIZE, 11);

            JsonPath registered = upload(port, "large-upload", bytes);

            PieceHasher hasher = new PieceHasher(1 << 20);
            try (InputStream in = bytes.openStream()) {
                byte[] chunk = new byte[1 << 20];
                int count;
                while ((count = in.read(chunk)) > 0) {
                    hasher.update(chunk, 0, count);
                }
            }
            assertThat(registered.getLong("ContentLength")).isEqualTo(SIZE);
            assertThat(registered.getString("HashOfHashes")).isEqualTo(hasher.finish().hashOfHashes());
            assertThat(service.isAlive()).isTrue();
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Reads the child's log (so it never blocks on a full pipe) and completes with its port. */
    private static CompletableFuture<Integer> portOf(Process service) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader log = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = log.readLine()) != null) {
                    Matcher started = STARTED.matcher(line);
                    if (started.find()) {
                        port.complete(Integer.parseInt(started.group(1)));
                    }
                }
                port.completeExceptionally(new IllegalStateException("the service stopped before it started"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        }, "child-service-log");
        reader.setDaemon(true);
        reader.start();
        return port;
    }

    private static JsonPath upload(int port, String contentId, SyntheticContent bytes) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/admin/contents/"
                + contentId + "/payload").toURL().openConnection();
        connection.setRequestMethod("PUT");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/octet-stream");
        connection.setFixedLengthStreamingMode(bytes.size());
        try (OutputStream out = connection.getOutputStream(); InputStream in = bytes.openStream()) {
            in.transferTo(out);
        }
        assertThat(connection.getResponseCode()).isEqualTo(201);
        try (InputStream body = connection.getInputStream()) {
            return new JsonPath(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
