package org.docloudmock.contentpolicy;

import io.restassured.RestAssured;
import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as it runs, shared by every endpoint test (one Spring context), with a 64 MB content limit.
 * Tests register contents under ids of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningContentService {

    public static final long MAX_CONTENT_SIZE = 64L << 20;
    /** The default public URL: the configured port, whichever port the test server got. */
    public static final String PUBLIC_URL = "http://localhost:8083";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
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
}
