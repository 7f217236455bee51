package org.docloudmock.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCheckTest {

    @Test
    void everyVariableReadOutsideSpringIsInTheScriptSaidToReadIt() throws IOException {
        for (Map.Entry<String, String> variable : EnvironmentCheck.READ_OUTSIDE_SPRING.entrySet()) {
            if (variable.getValue().startsWith("docker/")) {
                assertThat(Files.readString(Path.of("..").resolve(variable.getValue())))
                        .as(variable.getValue()).contains("${" + variable.getKey());
            }
        }
    }
}
