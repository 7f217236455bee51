package org.docloudmock.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static String awaitGeoUrl(Process suite, Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(output), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher geo = GEO_URL.matcher(line);
                    if (geo.find()) {
                        return geo.group(1);
                    }
                }
            }
            if (!suite.isAlive()) {
                throw new AssertionError("the suite stopped (exit " + suite.exitValue() + "):\n" + Files.readString(output));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the suite was not up in 120 s:\n" + Files.readString(output));
    }
}
