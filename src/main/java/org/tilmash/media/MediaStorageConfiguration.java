package org.tilmash.media;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The storage {@code tilmash.media.storage.type} names: the local folder (default) or an S3-compatible store. */
@Configuration(proxyBeanMethods = false)
class MediaStorageConfiguration {

    @Bean
    MediaStorage mediaStorage(MediaProperties properties, Clock clock) {
        return switch (properties.getStorage().getType()) {
            case LOCAL -> new LocalMediaStorage(properties.getDir(), clock);
            case S3 -> new S3MediaStorage(properties.getStorage().getS3(), clock);
        };
    }
}
