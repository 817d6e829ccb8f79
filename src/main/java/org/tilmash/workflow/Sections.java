package org.tilmash.workflow;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.SectionEditing;
import org.tilmash.content.SectionView;

/**
 * Sections as editors manage them: create, rename (names and slugs per language), order, archive, merge. Articles
 * moved by a merge are each recorded in the audit trail, as a move by hand is.
 */
@Service
@TilmashTransactional
public class Sections {

    private final SectionEditing editing;
    private final ArticleSettings articles;
    private final Permissions permissions;

    Sections(SectionEditing editing, ArticleSettings articles, Permissions permissions) {
        this.editing = editing;
        this.articles = articles;
        this.permissions = permissions;
    }

    /**
     * A new section, last in order; its counters start at zero.
     *
     * @param slugs by language; languages left out get a slug transliterated from their name
     */
    public SectionView create(Map<String, String> names, Map<String, String> slugs) {
        requireManage();
        return editing.create(names, slugs);
    }

    public SectionView rename(Long sectionId, Map<String, String> names, Map<String, String> slugs) {
        requireManage();
        return editing.rename(sectionId, names, slugs);
    }

    public void reorder(List<Long> sectionIds) {
        requireManage();
        editing.reorder(sectionIds);
    }

    public void archive(Long sectionId, boolean archived) {
        requireManage();
        editing.archive(sectionId, archived);
    }

    /** @return how many articles moved into {@code intoId} */
    public int merge(Long sectionId, Long intoId) {
        requireManage();
        List<Long> moved = editing.articlesIn(sectionId);
        moved.forEach(articleId -> articles.moveToSection(articleId, intoId));
        editing.merge(sectionId, intoId);
        return moved.size();
    }

    private void requireManage() {
        if (!permissions.canManageArticles()) {
            throw new AccessDeniedException("May not manage sections");
        }
    }
}
