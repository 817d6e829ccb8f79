package org.tilmash.media;

import java.util.List;
import org.springframework.context.ApplicationContext;

/** Runs {@code --media-cleanup}'s work on a running instance, for tests outside this package (the cluster's). */
public final class MediaCleanupRun {

    private MediaCleanupRun() {}

    /** The keys whose files the cleanup removed. */
    public static List<String> clean(ApplicationContext instance) {
        return instance.getBean(MediaCleanup.class).clean();
    }
}
