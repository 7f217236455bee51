package org.docloudmock.support.logging;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code docloud.log-format=json}: one JSON object per log line (Elastic Common Schema), the short form of
 * Spring Boot's {@code logging.structured.format.console=ecs}, which still wins when it is set itself.
 * {@code text} (the default) keeps Spring Boot's usual lines.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "docloud.log-format";
    private static final String SOURCE_NAME = "docloudLogFormat";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        apply(environment);
    }

    /** For launchers that set up logging themselves, before any service starts (the suite does). */
    public static void apply(ConfigurableEnvironment environment) {
        String format = environment.getProperty(PROPERTY, "text").trim().toLowerCase(Locale.ROOT);
        switch (format) {
            case "text" -> {
            }
            case "json" -> {
                if (!environment.getPropertySources().contains(SOURCE_NAME)) {
                    environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME,
                            Map.of("logging.structured.format.console", "ecs")));
                }
            }
            default -> throw new IllegalArgumentException(PROPERTY + " must be text or json, not '" + format + "'");
        }
    }

    /** After the config files are read, so that a {@code docloud.yml} can choose; before logging starts. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
