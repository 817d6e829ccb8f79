package org.tilmash.migration;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tilmash.migration.*}: how old sites are read and how their old addresses are understood. */
@ConfigurationProperties("tilmash.migration")
public class MigrationProperties {

    /**
     * Old language tags and the language codes of ours they mean, where the tag's first part is not already our code
     * ({@code en-GB}, {@code ru-RU} and {@code kk-KZ} need no entry); e.g. {@code kz: kk} for a site that wrote Kazakh
     * as {@code kz}.
     */
    private Map<String, String> languages = new LinkedHashMap<>();

    /**
     * The time zone of the dates in the old database. Joomla (since 1.6) writes UTC, and so does WordPress's
     * {@code post_date_gmt}; set the old site's zone only when its database holds local times.
     */
    private ZoneId sourceZone = ZoneOffset.UTC;

    /**
     * Items per page of the old site's category lists, to understand {@code ?start=} and {@code ?limitstart=} in old
     * links. Joomla's default list limit is 20.
     */
    private int oldPageSize = 20;

    /** Whether unpublished and trashed items become drafts (otherwise they are skipped), unless a run says otherwise. */
    private boolean unpublishedAsDrafts = true;

    public Map<String, String> getLanguages() {
        return languages;
    }

    public void setLanguages(Map<String, String> languages) {
        this.languages = languages;
    }

    public ZoneId getSourceZone() {
        return sourceZone;
    }

    public void setSourceZone(ZoneId sourceZone) {
        this.sourceZone = sourceZone;
    }

    public int getOldPageSize() {
        return oldPageSize;
    }

    public void setOldPageSize(int oldPageSize) {
        this.oldPageSize = oldPageSize;
    }

    public boolean isUnpublishedAsDrafts() {
        return unpublishedAsDrafts;
    }

    public void setUnpublishedAsDrafts(boolean unpublishedAsDrafts) {
        this.unpublishedAsDrafts = unpublishedAsDrafts;
    }
}
