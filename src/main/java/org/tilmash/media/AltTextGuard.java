package org.tilmash.media;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tilmash.content.ContentService;
import org.tilmash.workflow.Transition;
import org.tilmash.workflow.TransitionGuard;
import org.tilmash.workflow.WorkflowException;

/**
 * A language version is not published while an image of its gallery has no alt text in that language, nor while its
 * body shows an image that is not in the article's gallery (one from another article, or one removed since), whose
 * alt text nobody could write.
 */
@Component
class AltTextGuard implements TransitionGuard {

    static final String MESSAGE_KEY = "media.error.missingAlt";
    static final String FOREIGN_KEY = "media.error.foreignBodyImage";

    private final Gallery gallery;
    private final ContentService content;

    AltTextGuard(Gallery gallery, ContentService content) {
        this.gallery = gallery;
        this.content = content;
    }

    @Override
    public Optional<WorkflowException> check(Facts facts) {
        if (facts.transition() != Transition.PUBLISHED) {
            return Optional.empty();
        }
        List<Image> images = gallery.of(facts.articleId());
        String body = content.version(facts.versionId())
                .map(version -> version.working().body())
                .orElse("");
        long foreign = BodyImages.sources(body).stream()
                .filter(src -> BodyImages.find(images, src).isEmpty())
                .count();
        if (foreign > 0) {
            return Optional.of(new WorkflowException(FOREIGN_KEY, Map.of("count", foreign)));
        }
        List<Image> missing =
                images.stream().filter(image -> !image.hasAlt(facts.language())).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String names = missing.stream()
                .map(image -> image.number() + " (" + image.originalName() + ")")
                .collect(Collectors.joining(", "));
        return Optional.of(new WorkflowException(
                MESSAGE_KEY,
                Map.of(
                        "count", missing.size(),
                        "images", names,
                        "language", facts.language())));
    }
}
