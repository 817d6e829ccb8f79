package org.tilmash.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code tilmash.media.*}. */
@ConfigurationProperties("tilmash.media")
public class MediaProperties {

    /** Where image files are kept: this folder, or an S3-compatible object store. */
    private final Storage storage = new Storage();

    /** Where image files are kept with the local storage, one folder per image. */
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

    public Storage getStorage() {
        return storage;
    }

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

    /** {@code tilmash.media.storage.*}: where the files of images live. */
    public static class Storage {

        /** {@code local}: the folder {@code tilmash.media.dir}; {@code s3}: an S3-compatible object store. */
        private Type type = Type.LOCAL;

        private final S3 s3 = new S3();

        public Type getType() {
            return type;
        }

        public void setType(Type type) {
            this.type = type;
        }

        public S3 getS3() {
            return s3;
        }

        public enum Type {
            LOCAL,
            S3
        }
    }

    /** {@code tilmash.media.storage.s3.*}: the bucket of an S3-compatible store (AWS S3, MinIO, Ceph ...). */
    public static class S3 {

        /** The store's address, e.g. {@code http://minio:9000}; empty: AWS S3 of the region. */
        private String endpoint = "";

        /** The region the SDK signs requests for; S3-compatible stores usually accept any. */
        private String region = "us-east-1";

        /** The bucket, which must exist. */
        private String bucket = "tilmash";

        /** Put before every object key, e.g. {@code media/}, so several applications may share a bucket. */
        private String prefix = "media/";

        /** Access key; empty: the SDK's default chain (environment, profile, instance or container role). */
        private String accessKey = "";

        /** Secret key of the access key. */
        private String secretKey = "";

        /** Path-style addresses ({@code endpoint/bucket/key}), which MinIO and most S3-compatible stores need. */
        private boolean pathStyleAccess = true;

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getBucket() {
            return bucket;
        }

        public void setBucket(String bucket) {
            this.bucket = bucket;
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public String getAccessKey() {
            return accessKey;
        }

        public void setAccessKey(String accessKey) {
            this.accessKey = accessKey;
        }

        public String getSecretKey() {
            return secretKey;
        }

        public void setSecretKey(String secretKey) {
            this.secretKey = secretKey;
        }

        public boolean isPathStyleAccess() {
            return pathStyleAccess;
        }

        public void setPathStyleAccess(boolean pathStyleAccess) {
            this.pathStyleAccess = pathStyleAccess;
        }
    }
}
