package org.tilmash.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tilmash.i18n.TilmashMessages;

/** A report as lines of text in one language, for the log of a command-line import. */
final class ReportText {

    private ReportText() {}

    static List<String> lines(ImportReport report, TilmashMessages messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(message(
                messages,
                report.dryRun() ? "import.report.dryRunTitle" : "import.report.title",
                Map.of("source", report.source()),
                locale));
        if (report.failure() != null) {
            lines.add(message(messages, report.failure(), locale));
            if (!report.reachedItems()) {
                return lines;
            }
        }
        for (ImportReport.Result result : ImportReport.Result.values()) {
            lines.add(message(
                    messages,
                    "import.report.count",
                    Map.of(
                            "what", outcome(result, report, messages, locale),
                            "sections", report.sections(result),
                            "articles", report.articles(result)),
                    locale));
        }
        for (ImportReport.Entry entry : report.entries()) {
            String oldIds = message(
                    messages,
                    "import.report.oldIds",
                    Map.of("section", String.valueOf(entry.section()), "ids", entry.oldIds()),
                    locale);
            lines.add(message(
                    messages,
                    "import.report.entry",
                    Map.of(
                            "what", outcome(entry.result(), report, messages, locale),
                            "title", entry.title(),
                            "ids", oldIds),
                    locale));
            entry.notes().forEach(note -> lines.add("    " + message(messages, note, locale)));
        }
        if (report.entriesLeftOut() > 0) {
            lines.add(message(messages, "import.report.leftOut", Map.of("count", report.entriesLeftOut()), locale));
        }
        return lines;
    }

    /** What became of items, as the import page says it: "Would be created" in a dry run, "Created" in a real one. */
    private static String outcome(
            ImportReport.Result result, ImportReport report, TilmashMessages messages, Locale locale) {
        return message(
                messages, "import.result." + result.name(), Map.of("dryRun", String.valueOf(report.dryRun())), locale);
    }

    private static String message(TilmashMessages messages, ImportReport.Note note, Locale locale) {
        return message(messages, note.key(), note.arguments(), locale);
    }

    private static String message(TilmashMessages messages, String key, Map<String, Object> arguments, Locale locale) {
        return messages.getMessage(key, new Object[] {arguments}, key + " " + arguments, locale);
    }
}
