package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JUnit examples of docs/testing.md and the README are MyDoClientTest, which compiles and passes. */
class JUnitExampleTest {

    static final Path MY_DO_CLIENT_TEST = Path.of("src/test/java/org/docloudmock/testkit/MyDoClientTest.java");

    @Test
    void theTestingGuidesExampleIsMyDoClientTest() throws Exception {
        String example = firstJavaBlock(Files.readString(Path.of("../docs/testing.md")), "## In a JUnit 5 test");

        String test = Files.readString(MY_DO_CLIENT_TEST);
        assertThat(example.strip()).isEqualTo(test.substring(test.indexOf("class MyDoClientTest")).strip());
    }

    /** The README shows a few lines of it: each is one of its lines. */
    @Test
    void theReadmesExcerptIsMadeOfMyDoClientTestsLines() throws Exception {
        String excerpt = firstJavaBlock(Files.readString(Path.of("../README.md")), "## Testing your client");

        List<String> testLines = Files.readAllLines(MY_DO_CLIENT_TEST).stream().map(String::strip).toList();
        assertThat(excerpt.lines().map(String::strip).filter(line -> !line.isEmpty()))
                .isNotEmpty().allSatisfy(line -> assertThat(testLines).contains(line));
    }

    private static String firstJavaBlock(String markdown, String heading) {
        String section = markdown.substring(markdown.indexOf(heading));
        String block = section.substring(section.indexOf("```java\n") + "```java\n".length());
        return block.substring(0, block.indexOf("```"));
    }
}
