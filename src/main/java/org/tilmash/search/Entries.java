package org.tilmash.search;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicEntryRepository extends JpaRepository<PublicEntry, String> {

    List<PublicEntry> findByArticleId(Long articleId);
}

interface EditorialEntryRepository extends JpaRepository<EditorialEntry, Long> {

    List<EditorialEntry> findByArticleId(Long articleId);
}
