package org.tilmash.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code tilmash.media.*}. */
@ConfigurationProperties("tilmash.media")
public class MediaProperties {

    /** Where image files are kept, one folder per image. */
    private Path dir = Path.of("data", "media");

    /** Largest file accepted. */
    private DataSize maxSize = DataSize.ofMegabytes(20);

    /** Largest width × height accepted, read from the file's header before decoding. */
    private long maxPixels = 50_000_000L;

    /** Widths of the responsive renditions; none is wider than the original. */
    private List<Integer> widths = List.of(480, 960, 1600);

    /** Images decoded at once; further uploads wait. Each decode may hold width × height × 4 bytes of pixels. */
    private int maxConcurrentDecodes = Runtime.getRuntime().availableProcessors();

    /** Side of the square thumbnail. */
    private int thumbnailSize = 240;

    /** Folders younger than this are left alone by the cleanup: their upload may still be in flight. */
    private Duration cleanupGrace = Duration.ofHours(1);

    public Path getDir() {
        return dir;
    }

    public void setDir(Path dir) {
        this.dir = dir;
    }

    public DataSize getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public long getMaxPixels() {
        return maxPixels;
    }

    public void setMaxPixels(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public List<Integer> getWidths() {
        return widths;
    }

    public void setWidths(List<Integer> widths) {
        this.widths = widths;
    }

    public int getMaxConcurrentDecodes() {
        return maxConcurrentDecodes;
    }

    public void setMaxConcurrentDecodes(int maxConcurrentDecodes) {
        this.maxConcurrentDecodes = maxConcurrentDecodes;
    }

    public int getThumbnailSize() {
        return thumbnailSize;
    }

    public void setThumbnailSize(int thumbnailSize) {
        this.thumbnailSize = thumbnailSize;
    }

    public Duration getCleanupGrace() {
        return cleanupGrace;
    }

    public void setCleanupGrace(Duration cleanupGrace) {
        this.cleanupGrace = cleanupGrace;
    }
}
