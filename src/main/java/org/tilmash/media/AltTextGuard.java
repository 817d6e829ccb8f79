package org.tilmash.media;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tilmash.workflow.Transition;
import org.tilmash.workflow.TransitionGuard;
import org.tilmash.workflow.WorkflowException;

/** A language version is not published while an image of its gallery has no alt text in that language. */
@Component
class AltTextGuard implements TransitionGuard {

    static final String MESSAGE_KEY = "media.error.missingAlt";

    private final Gallery gallery;

    AltTextGuard(Gallery gallery) {
        this.gallery = gallery;
    }

    @Override
    public Optional<WorkflowException> check(Facts facts) {
        if (facts.transition() != Transition.PUBLISHED) {
            return Optional.empty();
        }
        List<Image> missing = gallery.missingAlt(facts.articleId(), facts.language());
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
