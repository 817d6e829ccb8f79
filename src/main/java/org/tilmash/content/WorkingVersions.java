package org.tilmash.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Language versions as the back office works on them: with their working (not yet published) revision. Callers check
 * the user's rights for the language first; this class knows nothing about users.
 */
@Service
@Transactional(readOnly = true)
public class WorkingVersions {

    private final ArticleWorkRepository work;
    private final ArticleRepository articles;

    WorkingVersions(ArticleWorkRepository work, ArticleRepository articles) {
        this.work = work;
        this.articles = articles;
    }

    /** Versions in {@code languages}, most recently changed first, with their article and working revision. */
    public List<ArticleVersion> recent(Collection<String> languages, int limit) {
        return languages.isEmpty() ? List.of() : work.findRecent(languages, PageRequest.of(0, limit));
    }

    /** The article's version in {@code language} with its working revision. */
    public Optional<ArticleVersion> find(Long articleId, String language) {
        return work.findWithWorkingRevision(articleId, language);
    }

    public boolean articleExists(Long articleId) {
        return articles.existsById(articleId);
    }
}
