package org.docloudmock.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The fast start of docs/running.md, after {@code package} made its layout: the extracted jar starts with the training
 * run's class-data-sharing archive ({@code -Xshare:on} stops the JVM if the archive cannot be used) and serves.
 */
class FastStartIT {

    static final Path LAYOUT = Path.of("target", "docloud").toAbsolutePath();
    static final Pattern GEO_URL = Pattern.compile("A DO client starts at (\\S+)");

    @Test
    void theExtractedSuiteStartsWithItsArchiveAndServes() throws Exception {
        assertThat(LAYOUT.resolve("docloud-suite.jsa")).isRegularFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + LAYOUT.resolve("docloud-suite.jsa"), "-XX:TieredStopAtLevel=1",
                "-jar", LAYOUT.resolve("docloud-suite.jar").toString()));
        for (String service : List.of("geo", "kv", "content-policy", "discovery", "array")) {
            command.add("--docloud." + service + ".port=0");
        }
        Path output = Files.createTempFile("fast-start", ".log");
        Process suite = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            String geoUrl = awaitGeoUrl(suite, output);
            given().get(geoUrl).then().statusCode(200);
        } finally {
            suite.destroy();
            suite.waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(output);
        }
    }

    private static String awaitGeoUrl(Process suite, Path output) {
        try {
            return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .failFast(() -> assertThat(suite.isAlive()).as(() -> "the suite stopped:\n" + log(output)).isTrue())
                    .until(() -> geoUrl(output), Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the suite was not up in 120 s:\n" + log(output), e);
        }
    }

    /** The line that names Geo's URL, once the suite has written it. */
    private static Optional<String> geoUrl(Path output) {
        return log(output).lines().map(GEO_URL::matcher).filter(Matcher::find).map(geo -> geo.group(1)).findFirst();
    }

    private static String log(Path output) {
        try {
            return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
