package org.tilmash.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImageRepository extends JpaRepository<StoredImage, Long> {

    @Query(
            value = "select i.id from StoredImage i order by i.uploadedAt desc, i.id desc",
            countQuery = "select count(i) from StoredImage i")
    Page<Long> newestIds(Pageable pageable);

    @Query("select distinct i from StoredImage i left join fetch i.texts where i.id in ?1")
    List<StoredImage> withTexts(Collection<Long> ids);

    /** The gallery with every text in one statement. */
    @Query(
            "select distinct i from StoredImage i left join fetch i.texts where i.articleId = ?1 order by i.position, i.id")
    List<StoredImage> gallery(Long articleId);

    Optional<StoredImage> findByStorageKey(String storageKey);

    @Query("select coalesce(max(i.position), -1) from StoredImage i where i.articleId = ?1")
    int lastPosition(Long articleId);

    @Query("select i.storageKey from StoredImage i where i.storageKey in ?1")
    List<String> knownKeys(Collection<String> keys);
}
