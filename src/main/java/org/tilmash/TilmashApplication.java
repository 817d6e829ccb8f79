package org.tilmash;

import java.time.Clock;
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

    /** The one source of "now", so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
