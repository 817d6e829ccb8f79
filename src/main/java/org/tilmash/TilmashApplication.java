package org.tilmash;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TilmashApplication {

    public static void main(String[] args) {
        SpringApplication.run(TilmashApplication.class, args);
    }

    /** The one source of "now": every module asks this bean, so tests can move time with one property. */
    @Bean
    Clock clock(ClockProperties properties) {
        return startingAt(Clock.systemUTC(), properties);
    }

    static Clock startingAt(Clock real, ClockProperties properties) {
        if (properties.start() == null) {
            return real;
        }
        return Clock.offset(real, Duration.between(real.instant(), properties.start()));
    }
}
