package org.docloudmock.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.ConfigurableEnvironment;

/** The suite sets up logging once, before its services read their config: it must read docloud.yml as they do. */
class SuiteLoggingTest {

    @TempDir
    Path config;

    @Test
    void aLogFormatInDocloudYmlReachesTheSuitesLogging() throws IOException {
        Files.writeString(config.resolve("docloud.yml"), "docloud:\n  log-format: json\nlogging:\n  level:\n    org.docloudmock: debug\n");

        ConfigurableEnvironment environment = DoCloudSuite.loggingEnvironment(
                new String[] {"--spring.config.additional-location=file:" + config + "/"});

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getProperty("logging.level.org.docloudmock")).isEqualTo("debug");
    }

    @Test
    void theCommandLineStillWinsOverDocloudYml() throws IOException {
        Files.writeString(config.resolve("docloud.yml"), "docloud:\n  log-format: json\n");

        ConfigurableEnvironment environment = DoCloudSuite.loggingEnvironment(
                new String[] {"--spring.config.additional-location=file:" + config + "/", "--docloud.log-format=text"});

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void withoutAConfigFileTheLinesStayText() {
        assertThat(DoCloudSuite.loggingEnvironment(new String[0]).getProperty("logging.structured.format.console")).isNull();
    }
}
