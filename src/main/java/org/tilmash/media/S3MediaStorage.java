package org.tilmash.media;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Image files in a bucket of an S3-compatible object store (AWS S3, MinIO, Ceph ...), shared by every instance:
 * {@code <prefix><key>/<name>}. Each file is one PUT, which the store makes visible whole or not at all, so a file with
 * its final name is always complete. Every object carries the application's clock at writing in its metadata
 * ({@code x-amz-meta-tilmash-written}), which the cleanup compares with the same clock, never the store's.
 */
class S3MediaStorage implements MediaStorage, AutoCloseable {

    static final String WRITTEN = "tilmash-written";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Clock clock;

    S3MediaStorage(MediaProperties.S3 settings, Clock clock) {
        this(client(settings), settings.getBucket(), settings.getPrefix(), clock);
    }

    S3MediaStorage(S3Client s3, String bucket, String prefix, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.clock = clock;
    }

    /** A synchronous client on the JDK's HTTP connection, with the settings of {@code tilmash.media.storage.s3}. */
    static S3Client client(MediaProperties.S3 settings) {
        AwsCredentialsProvider credentials = settings.getAccessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.getAccessKey(), settings.getSecretKey()));
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.getRegion()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.isPathStyleAccess())
                // Checksums only where the API demands them: many S3-compatible stores reject the newer headers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!settings.getEndpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.getEndpoint()));
        }
        return builder.build();
    }

    @Override
    public void write(String key, Map<String, byte[]> files) {
        String folder = folder(key);
        String written = clock.instant().toString();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                s3.putObject(
                        put -> put.bucket(bucket)
                                .key(folder + file.getKey())
                                .contentType(contentType(file.getKey()))
                                .metadata(Map.of(WRITTEN, written)),
                        RequestBody.fromBytes(file.getValue()));
            }
        } catch (RuntimeException failed) {
            try {
                delete(key);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
    }

    @Override
    public Optional<Resource> read(String key, String name) {
        String object = folder(key) + name;
        return head(object).map(head -> new StoredObject(object, name, head.contentLength(), head.lastModified()));
    }

    @Override
    public void delete(String key) {
        for (S3Object object : objects(folder(key))) {
            s3.deleteObject(delete -> delete.bucket(bucket).key(object.key()));
        }
    }

    @Override
    public List<String> keys() {
        return s3
                .listObjectsV2Paginator(
                        list -> list.bucket(bucket).prefix(prefix).delimiter("/"))
                .commonPrefixes()
                .stream()
                .map(CommonPrefix::prefix)
                .map(folder -> folder.substring(prefix.length(), folder.length() - 1))
                .filter(name -> KEY.matcher(name).matches())
                .toList();
    }

    @Override
    public Optional<Instant> writtenAt(String key) {
        return objects(folder(key)).stream()
                .findFirst()
                .flatMap(object -> head(object.key()))
                .map(head -> {
                    String written = head.metadata().get(WRITTEN);
                    try {
                        return written == null ? head.lastModified() : Instant.parse(written);
                    } catch (DateTimeParseException foreign) {
                        // not written by us: the store's own time is all there is
                        return head.lastModified();
                    }
                });
    }

    @Override
    public void close() {
        s3.close();
    }

    private List<S3Object> objects(String folder) {
        return s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(folder)).contents().stream()
                .toList();
    }

    private Optional<HeadObjectResponse> head(String object) {
        try {
            return Optional.of(s3.headObject(head -> head.bucket(bucket).key(object)));
        } catch (S3Exception missing) {
            if (missing.statusCode() == 404) {
                return Optional.empty();
            }
            throw missing;
        }
    }

    private String folder(String key) {
        return prefix + MediaStorage.requireKey(key) + "/";
    }

    private static String contentType(String name) {
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    /** An object to serve: its length is known from a HEAD, its bytes are fetched only when they are written out. */
    private final class StoredObject extends AbstractResource {

        private final String object;
        private final String name;
        private final long length;
        private final Instant lastModified;

        StoredObject(String object, String name, long length, Instant lastModified) {
            this.object = object;
            this.name = name;
            this.length = length;
            this.lastModified = lastModified;
        }

        @Override
        public InputStream getInputStream() {
            return s3.getObject(get -> get.bucket(bucket).key(object));
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public boolean isReadable() {
            return true;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public long lastModified() {
            return lastModified.toEpochMilli();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getDescription() {
            return "S3 object s3://" + bucket + "/" + object;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredObject stored && stored.object.equals(object);
        }

        @Override
        public int hashCode() {
            return object.hashCode();
        }
    }
}
