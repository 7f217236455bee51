package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's JUnit example is MyDoClientTest, which compiles and passes: keep the two the same. */
class ReadmeExampleTest {

    @Test
    void theReadmesJUnitExampleIsMyDoClientTest() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("## Testing your client"));
        String example = section.substring(section.indexOf("```java\n") + "```java\n".length());
        example = example.substring(0, example.indexOf("```"));

        String test = Files.readString(Path.of("src/test/java/org/docloudmock/testkit/MyDoClientTest.java"));
        assertThat(example.strip()).isEqualTo(test.substring(test.indexOf("class MyDoClientTest")).strip());
    }
}
