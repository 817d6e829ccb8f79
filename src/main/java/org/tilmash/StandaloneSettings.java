package org.tilmash;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The standalone application's settings ({@code classpath:tilmash/standalone.yml}: database, server, caches, the
 * languages) are read only when {@link TilmashApplication} is what runs. The jar is also a library, and a
 * library that shipped an {@code application.yml} would change the settings of every application that adds it.
 * Everything the user sets (files, environment, arguments) still wins.
 */
class StandaloneSettings implements EnvironmentPostProcessor, Ordered {

    static final String LOCATION = "classpath:/tilmash/standalone.yml";

    /**
     * Spring Boot's own search locations with ours first: a later location overrides an earlier one, so every
     * {@code application.yml} (in the jar's test resources, next to the jar, in {@code ./config}) overrides ours.
     */
    static final String LOCATIONS = String.join(
            ",",
            LOCATION,
            "optional:classpath:/",
            "optional:classpath:/config/",
            "optional:file:./",
            "optional:file:./config/",
            "optional:file:./config/*/");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getAllSources().contains(TilmashApplication.class)) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("tilmashStandalone", Map.of("spring.config.location", LOCATIONS)));
        }
    }

    /** Before the configuration files are read, so the import is part of them. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
