package org.docloudmock.support.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LogFormatTest {

    @Test
    void jsonMeansSpringBootsEcsStructuredLogging() {
        MockEnvironment environment = new MockEnvironment().withProperty("docloud.log-format", "json");

        LogFormat.apply(environment);

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void springBootsOwnPropertyStillWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("docloud.log-format", "json")
                .withProperty("logging.structured.format.console", "logstash");

        LogFormat.apply(environment);

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }

    @Test
    void textChangesNothingAndAnythingElseIsRefused() {
        MockEnvironment environment = new MockEnvironment();
        LogFormat.apply(environment);
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> LogFormat.apply(new MockEnvironment().withProperty("docloud.log-format", "xml")))
                .withMessageContaining("docloud.log-format");
    }
}
