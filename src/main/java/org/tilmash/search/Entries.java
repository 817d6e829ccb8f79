package org.tilmash.search;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicEntryRepository extends JpaRepository<PublicEntry, String> {

    List<PublicEntry> findByArticleId(Long articleId);
}

interface EditorialEntryRepository extends JpaRepository<EditorialEntry, Long> {

    List<EditorialEntry> findByArticleId(Long articleId);

    @Query("select e.articleId, count(e) from EditorialEntry e where e.articleId in :articleIds group by e.articleId")
    List<Object[]> countByArticle(Collection<Long> articleIds);
}
