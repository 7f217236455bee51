package org.docloudmock.contentpolicy;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The service as it runs, shared by every endpoint test (one Spring context): a data directory, a seed
 * folder holding {@link #SEED_ID}, and a 64 MB content limit. Tests register contents under ids of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningContentService {

    public static final Path DATA_DIR = temporaryDirectory("docloud-data-");
    public static final Path SEED_DIR = temporaryDirectory("docloud-seeds-");
    public static final String SEED_ID = "seed+file=1.bin";
    public static final byte[] SEED_BYTES = randomBytes((2 << 20) + 99);
    public static final long MAX_CONTENT_SIZE = 64L << 20;
    /** The default public URL: the configured port, whichever port the test server got. */
    public static final String PUBLIC_URL = "http://localhost:8083";

    static {
        try {
            Files.write(SEED_DIR.resolve(SEED_ID), SEED_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("docloud.data-dir", DATA_DIR::toString);
        registry.add("docloud.content.seed-dir", SEED_DIR::toString);
        registry.add("docloud.content.max-content-size", () -> MAX_CONTENT_SIZE + "B");
    }

    @BeforeEach
    void pointRestAssuredAtTheService() {
        RestAssured.port = port;
    }

    /** The path of a URL the service handed out, to be fetched from the test server's port. */
    public static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    public static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(directory)));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            // a temporary directory: the OS cleans up what is left
        }
    }
}
