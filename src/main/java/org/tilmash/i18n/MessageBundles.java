package org.tilmash.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;

/**
 * The raw message patterns per language: the built-in {@code i18n/messages*.properties} from the classpath, overridden
 * key by key by the same files in the configured bundles folder. Files are read as UTF-8.
 */
final class MessageBundles {

    /** Bundle name of the base file, {@code messages.properties}, which is English. */
    static final String BASE = "";

    private final Path overrideDir;
    private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();

    MessageBundles(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    /** The pattern for {@code key} in exactly this language's file, without fallback. */
    Optional<String> pattern(String language, String key) {
        return Optional.ofNullable(bundle(language).getProperty(key));
    }

    Properties bundle(String language) {
        return byLanguage.computeIfAbsent(language, this::load);
    }

    private Properties load(String language) {
        String fileName = BASE.equals(language) ? "messages.properties" : "messages_" + language + ".properties";
        Properties properties = new Properties();
        ClassPathResource builtIn = new ClassPathResource("i18n/" + fileName);
        if (builtIn.exists()) {
            try (InputStream in = builtIn.getInputStream()) {
                read(in, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path override = overrideDir.resolve(fileName);
        if (Files.isRegularFile(override)) {
            try (InputStream in = Files.newInputStream(override)) {
                read(in, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static void read(InputStream in, Properties into) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            into.load(reader);
        }
    }
}
