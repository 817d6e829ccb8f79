package org.tilmash.media;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Removes image folders (or, in an object store, the objects under a key) the database does not know: left by an upload the application did not finish, or by a
 * removal whose file deletion failed. Folders younger than {@code tilmash.media.cleanup-grace} are spared, since their
 * upload may be committing right now. Run it with {@code java -jar tilmash.jar --media-cleanup}: it cleans, logs what
 * it removed and exits.
 */
@Component
class MediaCleanup implements ApplicationRunner {

    private static final int BATCH = 500;
    static final String OPTION = "media-cleanup";
    private static final Logger log = LoggerFactory.getLogger(MediaCleanup.class);

    private final MediaStorage storage;
    private final ImageRepository images;
    private final MediaProperties properties;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    MediaCleanup(
            MediaStorage storage,
            ImageRepository images,
            MediaProperties properties,
            Clock clock,
            ConfigurableApplicationContext context) {
        this.storage = storage;
        this.images = images;
        this.properties = properties;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (arguments.containsOption(OPTION)) {
            List<String> removed = clean();
            log.info("Media cleanup removed {} orphaned folder(s): {}", removed.size(), removed);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /**
     * Deletes the files of keys the database does not know, written before the grace period, and returns those keys.
     * The database is asked in batches; only the few unknown keys are asked their age.
     */
    List<String> clean() {
        Instant before = clock.instant().minus(properties.getCleanupGrace());
        List<String> keys = storage.keys();
        List<String> removed = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            Set<String> known = new HashSet<>(images.knownKeys(batch));
            for (String key : batch) {
                if (!known.contains(key)
                        && storage.writtenAt(key)
                                .filter(at -> at.isBefore(before))
                                .isPresent()) {
                    storage.delete(key);
                    removed.add(key);
                }
            }
        }
        return removed;
    }
}
