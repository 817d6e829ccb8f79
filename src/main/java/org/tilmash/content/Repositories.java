package org.tilmash.content;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SectionRepository extends JpaRepository<Section, Long> {

    Optional<Section> findBySlug(String slug);

    List<Section> findAllByOrderByPositionAsc();
}

interface SectionCounterRepository extends JpaRepository<SectionCounter, SectionCounter.Key> {

    List<SectionCounter> findByLanguage(String language);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SectionCounter c where c.sectionId = :sectionId and c.language = :language")
    Optional<SectionCounter> lock(Long sectionId, String language);
}

interface ArticleRepository extends JpaRepository<Article, Long> {}

interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    Optional<ArticleVersion> findByArticleIdAndLanguage(Long articleId, String language);

    boolean existsByLanguageAndSlug(String language, String slug);

    List<ArticleVersion> findByArticleId(Long articleId);

    @EntityGraph(attributePaths = {"publishedRevision", "section"})
    @Query("select v from ArticleVersion v where v.language = :language and v.publishedRevision is not null"
            + " order by v.publishedAt desc, v.id desc")
    List<ArticleVersion> findLive(String language, Pageable pageable);
}

interface RevisionRepository extends JpaRepository<Revision, Long> {}
