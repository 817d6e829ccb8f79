package org.tilmash.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;
import org.tilmash.workflow.ImportedArticle;
import org.tilmash.workflow.Sections;
import org.tilmash.workflow.Workflow;

/**
 * The importer's one way into editorial state: the workflow's import, which records every version in the audit
 * trail as imported by the one running the import, from the old ids. Bylines carry the old site's authors; the
 * account recorded as author is the importer's.
 */
@Component
class ArticleWriter {

    private final Workflow workflow;
    private final Sections sections;
    private final ContentService content;
    private final Permissions permissions;

    ArticleWriter(Workflow workflow, Sections sections, ContentService content, Permissions permissions) {
        this.workflow = workflow;
        this.sections = sections;
        this.content = content;
        this.permissions = permissions;
    }

    Long createSection(Map<String, String> names, Map<String, String> slugs) {
        return sections.create(names, slugs).id();
    }

    /** The article as planned, its versions published or drafts as they were on the old site. */
    Long create(Planned planned) {
        return workflow.importArticle(imported(planned, planned.sourceLanguage(), bodies(planned), true));
    }

    /** The article with every version a draft, so that its gallery can be filled before anything goes live. */
    Long createDrafts(Planned planned) {
        return workflow.importArticle(imported(planned, planned.sourceLanguage(), bodies(planned), false));
    }

    /**
     * Brings the article to the planned texts (with {@code bodies}) and states. Its source language stays the one it
     * was created with while that version is still among the old item's translations.
     */
    void update(Long articleId, Planned planned, Map<String, String> bodies) {
        String sourceLanguage = content.versionsOf(articleId).stream()
                .map(VersionView::sourceLanguage)
                .filter(planned.versions()::containsKey)
                .findFirst()
                .orElse(planned.sourceLanguage());
        workflow.reimportArticle(articleId, imported(planned, sourceLanguage, bodies, true));
    }

    private static Map<String, String> bodies(Planned planned) {
        Map<String, String> bodies = new LinkedHashMap<>();
        planned.versions().forEach((language, version) -> bodies.put(language, version.bodyHtml()));
        return bodies;
    }

    private ImportedArticle imported(
            Planned planned, String sourceLanguage, Map<String, String> bodies, boolean asPlanned) {
        Map<String, ImportedArticle.Version> versions = new LinkedHashMap<>();
        planned.versions().forEach((language, version) -> {
            boolean published = asPlanned && version.published();
            versions.put(
                    language,
                    new ImportedArticle.Version(
                            new ArticleText(version.title(), version.intro(), bodies.get(language), version.byline()),
                            Slug.of(version.slug()).orElse(null),
                            published ? ImportedArticle.State.PUBLISHED : ImportedArticle.State.DRAFT,
                            published ? version.publishedAt() : null));
        });
        return new ImportedArticle(
                planned.sectionId(),
                sourceLanguage,
                permissions.actor(),
                planned.origin(),
                planned.dateline(),
                versions);
    }
}
