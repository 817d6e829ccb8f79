package org.tilmash.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The shape of {@code demo/*.json}. */
final class DemoData {

    private DemoData() {}

    record Sections(List<SectionData> sections) {}

    record SectionData(String key, Map<String, String> names) {}

    record Articles(List<ArticleData> articles) {}

    record ArticleData(
            String id,
            String section,
            String sourceLanguage,
            OffsetDateTime publishedAt,
            Map<String, VersionData> versions) {}

    record VersionData(State state, String title, String intro, String body) {}

    enum State {
        DRAFT,
        IN_REVIEW,
        PUBLISHED
    }
}
