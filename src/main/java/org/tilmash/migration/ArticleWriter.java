package org.tilmash.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tilmash.content.ArticleText;
import org.tilmash.i18n.Slugs;
import org.tilmash.workflow.ImportedArticle;
import org.tilmash.workflow.Workflow;

/** The importer's one way into editorial state: the workflow's import, which records every version as imported. */
@Component
class ArticleWriter {

    private final Workflow workflow;
    private final Slugs slugs;

    ArticleWriter(Workflow workflow, Slugs slugs) {
        this.workflow = workflow;
        this.slugs = slugs;
    }

    Long createSection(Map<String, String> names, Map<String, String> slugsByLanguage) {
        String language = names.keySet().iterator().next();
        String slug = slugsByLanguage.getOrDefault(language, slugs.slugify(names.get(language), language));
        return workflow.createSection(slug, names).id();
    }

    /** The article as planned, its versions published or drafts as they were on the old site. */
    Long create(Planned planned) {
        return workflow.importArticle(imported(planned, bodies(planned), true));
    }

    /** The article with every version a draft, so that its gallery can be filled before anything goes live. */
    Long createDrafts(Planned planned) {
        return workflow.importArticle(imported(planned, bodies(planned), false));
    }

    /** Brings the article to the planned texts (with {@code bodies}) and states; whether anything changed. */
    boolean update(Long articleId, Planned planned, Map<String, String> bodies) {
        return workflow.reimportArticle(articleId, imported(planned, bodies, true));
    }

    private static Map<String, String> bodies(Planned planned) {
        Map<String, String> bodies = new LinkedHashMap<>();
        planned.versions().forEach((language, version) -> bodies.put(language, version.bodyHtml()));
        return bodies;
    }

    private static ImportedArticle imported(Planned planned, Map<String, String> bodies, boolean asPlanned) {
        Map<String, ImportedArticle.Version> versions = new LinkedHashMap<>();
        planned.versions().forEach((language, version) -> {
            boolean published = asPlanned && version.published();
            versions.put(
                    language,
                    new ImportedArticle.Version(
                            new ArticleText(version.title(), version.intro(), bodies.get(language)),
                            Slug.of(version.slug()).orElse(null),
                            version.byline(),
                            published ? ImportedArticle.State.PUBLISHED : ImportedArticle.State.DRAFT,
                            published ? version.publishedAt() : null));
        });
        return new ImportedArticle(
                planned.sectionId(),
                planned.sourceLanguage(),
                planned.author(),
                planned.origin(),
                planned.dateline(),
                versions);
    }
}
