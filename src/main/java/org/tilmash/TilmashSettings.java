package org.tilmash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Where Tilmash's settings come from. The jar is also a library, and a library that shipped an
 * {@code application.yml} would change the settings of every application that adds it, so:
 *
 * <ul>
 *   <li>Tilmash's own defaults ({@code classpath:tilmash/defaults.yml}, only {@code tilmash.*} keys: the languages,
 *       the site, search, media) come last, for every application: whatever the application sets wins;
 *   <li>the standalone application's settings ({@code classpath:tilmash/standalone.yml}: database, server, caches,
 *       actuator) are read only when {@link TilmashApplication} is what runs, before any {@code application.yml},
 *       which overrides them.
 * </ul>
 */
class TilmashSettings implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "tilmash/defaults.yml";
    static final String STANDALONE = "classpath:/tilmash/standalone.yml";

    /**
     * Spring Boot's own search locations with ours first: a later location overrides an earlier one, so every
     * {@code application.yml} (in the jar's test resources, next to the jar, in {@code ./config}) overrides ours.
     */
    static final String STANDALONE_LOCATIONS = String.join(
            ",",
            STANDALONE,
            "optional:classpath:/",
            "optional:classpath:/config/",
            "optional:file:./",
            "optional:file:./config/",
            "optional:file:./config/*/");

    /** Runs after the configuration files are read: the defaults go behind them. */
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        defaults().forEach(sources::addLast);
        if (!environment.getProperty("tilmash.enabled", Boolean.class, true)
                || TilmashDatabaseProperties.namedDataSource(environment).isPresent()) {
            // Spring Modulith's event registry comes with Tilmash's dependencies and expects the table Tilmash's
            // migrations would have created in the application's database; switched off, or with a database of its
            // own, Tilmash leaves it to Modulith to create its own there.
            sources.addLast(new MapPropertySource(
                    "tilmashSwitchedOff", Map.of("spring.modulith.events.jdbc.schema-initialization.enabled", "true")));
        }
    }

    private static List<PropertySource<?>> defaults() {
        try {
            return new YamlPropertySourceLoader().load("tilmashDefaults", new ClassPathResource(DEFAULTS));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    /** Runs before the configuration files are read, so the standalone locations are part of them. */
    static class Standalone implements EnvironmentPostProcessor, Ordered {
        @Override
        public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
            if (application.getAllSources().contains(TilmashApplication.class)) {
                environment
                        .getPropertySources()
                        .addLast(new MapPropertySource(
                                "tilmashStandalone", Map.of("spring.config.location", STANDALONE_LOCATIONS)));
            }
        }

        @Override
        public int getOrder() {
            return ConfigDataEnvironmentPostProcessor.ORDER - 1;
        }
    }
}
