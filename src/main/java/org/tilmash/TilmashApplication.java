package org.tilmash;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.modulith.Modulithic;

/**
 * Tilmash on its own: Spring Boot with {@link TilmashAutoConfiguration}, which a host application gets the same way,
 * and the standalone settings ({@link TilmashSettings}). Spring Boot's generated in-memory user is left out: here
 * every page is Tilmash's, and Tilmash signs in its own accounts.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@Modulithic(systemName = "Tilmash")
@EnableAutoConfiguration(exclude = UserDetailsServiceAutoConfiguration.class)
public class TilmashApplication {

    public static void main(String[] args) {
        SpringApplication.run(TilmashApplication.class, args);
    }
}
