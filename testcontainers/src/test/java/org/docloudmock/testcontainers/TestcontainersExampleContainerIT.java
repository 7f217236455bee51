package org.docloudmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Testcontainers example of docs/testing.md, as a user would take it: its dependency and its test class in a
 * fresh Maven project, built offline against a local repository of its own (the module, the test kit and what
 * they need from this build) with the machine's Maven repository as a read-only tail.
 */
@DockerEngine.Needs("suite")
class TestcontainersExampleContainerIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();
    private static final String VERSION = DoCloudMockImages.VERSION;

    @Test
    void theGuidesTestcontainersExampleRunsInAFreshMavenProject() throws Exception {
        String section = section(Files.readString(ROOT.resolve("docs/testing.md")), "## With Testcontainers");
        Path project = fresh(MODULE.resolve("target/docs-example"));
        Path repository = fresh(MODULE.resolve("target/docs-example-repository"));
        Files.writeString(project.resolve("pom.xml"), pom(block(section, "xml")));
        Path test = project.resolve("src/test/java/MyDoClientContainerTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, block(section, "java"));
        deploy(repository);

        Path log = project.resolve("build.log");
        Process maven = new ProcessBuilder(ROOT.resolve("mvnw").toString(), "-B", "-o", "-f", project.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + repository, "-Dmaven.repo.local.tail=" + System.getProperty("example.localRepository"), "test")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(10, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
        }

        String output = Files.readString(log);
        assertThat(maven.exitValue()).as("the example's build, %s:%n%s", log, tail(output)).isZero();
        assertThat(output).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
    }

    private static String pom(String dependency) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>my-do-client</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>%s</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <!-- the plugin versions this build used, which the offline build finds in the local repository -->
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>%s</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(dependency.indent(4), System.getProperty("example.junitVersion"),
                System.getProperty("example.resourcesPluginVersion"), System.getProperty("example.compilerPluginVersion"),
                System.getProperty("example.surefirePluginVersion"));
    }

    /** This build's artifacts the example needs, laid out as {@code mvn install} would. */
    private static void deploy(Path repository) throws IOException {
        put(repository, "docloud-mock-parent", ROOT.resolve("pom.xml"), null);
        for (String module : List.of("protocol", "testkit")) {
            put(repository, module, ROOT.resolve(module + "/pom.xml"), ROOT.resolve(module + "/target/" + module + "-" + VERSION + ".jar"));
        }
        put(repository, "testcontainers", MODULE.resolve("pom.xml"), MODULE.resolve("target/testcontainers-" + VERSION + ".jar"));
    }

    private static void put(Path repository, String artifactId, Path pom, Path jar) throws IOException {
        Path directory = repository.resolve("org/docloudmock/" + artifactId + "/" + VERSION);
        Files.createDirectories(directory);
        Files.copy(pom, directory.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, directory.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String section(String guide, String heading) {
        String section = guide.substring(guide.indexOf(heading));
        int next = section.indexOf("\n## ", heading.length());
        return next < 0 ? section : section.substring(0, next);
    }

    static String block(String section, String language) {
        String fence = "```" + language + "\n";
        String block = section.substring(section.indexOf(fence) + fence.length());
        return block.substring(0, block.indexOf("```"));
    }

    private static Path fresh(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 6_000));
    }
}
