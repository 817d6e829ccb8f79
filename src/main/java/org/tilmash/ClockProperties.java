package org.tilmash;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application's clock starts. Empty (the default) means real time. Set to an instant, the clock starts
 * there and runs on at normal speed: the test suite uses it to prove that nothing depends on today's date, and a
 * staging site can use it to rehearse a scheduled release.
 */
@ConfigurationProperties("tilmash.clock")
public record ClockProperties(@Nullable Instant start) {}
