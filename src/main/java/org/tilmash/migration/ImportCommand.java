package org.tilmash.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.tilmash.accounts.SystemTask;
import org.tilmash.i18n.TilmashMessages;

/**
 * {@code --import-joomla} and {@code --import-wordpress}: runs one import (or, with {@code --dry-run}, only its
 * report) as a system task, logs the report and exits, like {@code --media-cleanup}. The database password may come
 * from {@code TILMASH_IMPORT_DB_PASSWORD} instead of the command line, where other users of the machine can see it.
 */
@Component
class ImportCommand implements ApplicationRunner {

    static final String JOOMLA = "import-joomla";
    static final String WORDPRESS = "import-wordpress";
    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final Importer importer;
    private final MigrationProperties properties;
    private final TilmashMessages messages;
    private final ConfigurableApplicationContext context;

    ImportCommand(
            Importer importer,
            MigrationProperties properties,
            TilmashMessages messages,
            ConfigurableApplicationContext context) {
        this.importer = importer;
        this.properties = properties;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Optional<ImportSource> source = source(arguments);
        if (source.isEmpty()) {
            return;
        }
        ImportRequest request = new ImportRequest(
                source.get(),
                arguments.containsOption("dry-run"),
                !arguments.containsOption("skip-unpublished") && properties.isUnpublishedAsDrafts());
        ImportReport report = SystemTask.run("import", () -> importer.run(request));
        ReportText.lines(report, messages, Locale.ENGLISH).forEach(log::info);
        int status = report.failure() == null ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }

    private static Optional<ImportSource> source(ApplicationArguments arguments) {
        if (arguments.containsOption(JOOMLA)) {
            return Optional.of(new ImportSource.Joomla(
                    required(arguments, "jdbc-url"),
                    value(arguments, "db-user").orElse(""),
                    value(arguments, "db-password")
                            .or(() -> Optional.ofNullable(System.getenv("TILMASH_IMPORT_DB_PASSWORD")))
                            .orElse(""),
                    value(arguments, "prefix").orElse("jos_"),
                    Path.of(value(arguments, "images-dir").orElse("images"))));
        }
        if (arguments.containsOption(WORDPRESS)) {
            return Optional.of(new ImportSource.WordPress(
                    Path.of(required(arguments, "file")),
                    Path.of(value(arguments, "uploads-dir").orElse("uploads"))));
        }
        return Optional.empty();
    }

    private static Optional<String> value(ApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static String required(ApplicationArguments arguments, String name) {
        return value(arguments, name)
                .orElseThrow(() -> new IllegalArgumentException("--" + name + "=... is required for the import"));
    }
}
