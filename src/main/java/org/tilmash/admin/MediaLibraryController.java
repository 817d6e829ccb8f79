package org.tilmash.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleSearch;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;

/**
 * The media library: every image of every article, the newest first, with the article it belongs to and the
 * languages whose alt text is still missing, so an editor finds what keeps a version from being published.
 */
@Controller
@PreAuthorize("@permissions.canManageGallery()")
class MediaLibraryController {

    static final String VIEW = "tilmash/admin/media";
    static final int PAGE_SIZE = 24;

    private final Gallery gallery;
    private final ArticleSearch articles;
    private final Permissions permissions;

    MediaLibraryController(Gallery gallery, ArticleSearch articles, Permissions permissions) {
        this.gallery = gallery;
        this.articles = articles;
        this.permissions = permissions;
    }

    @GetMapping("/media")
    String library(@RequestParam(defaultValue = "1") int page, Model model) {
        // Past the last page the list is empty; beyond this bound the row offset would overflow the query.
        int current = Math.clamp(page, 1, Integer.MAX_VALUE / PAGE_SIZE);
        Page<Image> images = gallery.library(current - 1, PAGE_SIZE);
        Map<Long, ArticleSearch.Row> rows = articles.rows(
                images.stream().map(Image::articleId).distinct().toList(), permissions.viewableLanguages());
        model.addAttribute("images", images);
        model.addAttribute("articles", rows);
        model.addAttribute(
                "missingAlt",
                images.stream()
                        .filter(image -> rows.containsKey(image.articleId()))
                        .collect(Collectors.toMap(Image::id, image -> missingAlt(image, rows.get(image.articleId())))));
        model.addAttribute("page", current);
        return VIEW;
    }

    /** The languages of the image's article that have no alt text for it yet. */
    private static List<String> missingAlt(Image image, ArticleSearch.Row article) {
        return article.article().cells().keySet().stream()
                .filter(language -> !image.hasAlt(language))
                .sorted()
                .toList();
    }
}
