package org.tilmash;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * Spring AOT processing (the README's fast start) decides Tilmash's {@code @Conditional} switches at build time. It
 * records how they were set, and a start in AOT mode with any of them set otherwise stops at once, naming them,
 * instead of running with the build's choice (a cluster node that never hears its peers' evictions, say).
 */
class FastStartSwitches implements BeanFactoryInitializationAotProcessor, EnvironmentPostProcessor, Ordered {

    static final String RECORD = "META-INF/tilmash/fast-start-switches.properties";

    /** Every property a condition of Tilmash's reads, as the condition sees it. */
    private static final Map<String, Function<Environment, String>> SWITCHES = switches();

    private static Map<String, Function<Environment, String>> switches() {
        Map<String, Function<Environment, String>> switches = new LinkedHashMap<>();
        switches.put("tilmash.enabled", value("tilmash.enabled", "true"));
        switches.put("tilmash.cluster.enabled", value("tilmash.cluster.enabled", "false"));
        switches.put("tilmash.accounts.sign-in", value("tilmash.accounts.sign-in", "tilmash"));
        for (String named : List.of(
                "tilmash.web.site-path",
                "tilmash.database.data-source",
                "tilmash.replica.url",
                "tilmash.site.page-cache.purge-webhook")) {
            switches.put(
                    named, environment -> environment.getProperty(named, "").isBlank() ? "unset" : "set");
        }
        return switches;
    }

    private static Function<Environment, String> value(String name, String missing) {
        return environment -> environment.getProperty(name, missing).trim();
    }

    static Properties of(Environment environment) {
        Properties switches = new Properties();
        SWITCHES.forEach((name, reading) -> switches.setProperty(name, reading.apply(environment)));
        return switches;
    }

    /** The switches set otherwise than recorded, each as "name: recorded, now current". */
    static List<String> differences(Properties recorded, Environment environment) {
        Properties current = of(environment);
        return SWITCHES.keySet().stream()
                .filter(name -> !current.getProperty(name).equals(recorded.getProperty(name)))
                .map(name -> name + ": built with " + shown(recorded.getProperty(name)) + ", now "
                        + shown(current.getProperty(name)))
                .toList();
    }

    private static String shown(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        byte[] record = text(of(beanFactory.getBean(Environment.class))).getBytes(StandardCharsets.ISO_8859_1);
        return (generationContext, code) ->
                generationContext.getGeneratedFiles().addResourceFile(RECORD, () -> new ByteArrayInputStream(record));
    }

    /** Written by hand rather than with {@link Properties#store}, which would add the build's date. */
    private static String text(Properties switches) {
        return switches.stringPropertyNames().stream()
                .sorted()
                .map(name -> name + "=" + switches.getProperty(name) + "\n")
                .collect(Collectors.joining());
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassPathResource record = new ClassPathResource(RECORD);
        if (!AotDetector.useGeneratedArtifacts() || !record.exists()) {
            return;
        }
        check(load(record), environment);
    }

    static void check(Properties recorded, Environment environment) {
        List<String> differences = differences(recorded, environment);
        if (!differences.isEmpty()) {
            throw new IllegalStateException("This jar was prepared for a fast start (Spring AOT) with other settings"
                    + " than this start's, and would ignore them: " + String.join("; ", differences)
                    + ". Start it without -Dspring.aot.enabled=true, or build it again with these settings.");
        }
    }

    private static Properties load(ClassPathResource record) {
        Properties recorded = new Properties();
        try (InputStream in = record.getInputStream()) {
            recorded.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return recorded;
    }

    /** After the configuration files, Tilmash's defaults and the standalone settings are in the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
