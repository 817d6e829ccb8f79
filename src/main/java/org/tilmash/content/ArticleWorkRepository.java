package org.tilmash.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Back-office reads of language versions with their working text, for the people who work on them. */
interface ArticleWorkRepository extends Repository<ArticleVersion, Long> {

    @EntityGraph(attributePaths = {"workingRevision", "article"})
    @Query("select v from ArticleVersion v where v.language in :languages"
            + " order by v.stateChangedAt desc, v.id desc")
    List<ArticleVersion> findRecent(Collection<String> languages, Pageable pageable);

    @EntityGraph(attributePaths = {"workingRevision", "article"})
    @Query("select v from ArticleVersion v where v.article.id = :articleId and v.language = :language")
    Optional<ArticleVersion> findWithWorkingRevision(Long articleId, String language);
}
