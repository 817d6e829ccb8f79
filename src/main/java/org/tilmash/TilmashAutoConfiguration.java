package org.tilmash;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Everything Tilmash is, for the standalone application and for a host application alike: its modules (scanned from
 * {@code org.tilmash}), its settings and its clock. Switched off entirely with {@code tilmash.enabled=false}.
 *
 * <p>It runs after Spring Boot's web security, MVC and Thymeleaf configurations, so that Boot decides about the
 * host's defaults (its default security chain, its users) before Tilmash's own beans exist, and Tilmash never makes
 * them back off.
 */
@AutoConfiguration(
        after = {
            TilmashPersistenceAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class,
            UserDetailsServiceAutoConfiguration.class,
            WebMvcAutoConfiguration.class,
            ThymeleafAutoConfiguration.class,
            MessageSourceAutoConfiguration.class
        })
@ConditionalOnProperty(name = "tilmash.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan(
        basePackages = "org.tilmash",
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = TilmashApplication.class),
            // The auto-configurations and their nested configurations come with their conditions, in their order.
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.tilmash\\.Tilmash\\w*AutoConfiguration.*")
        })
@ConfigurationPropertiesScan("org.tilmash")
public class TilmashAutoConfiguration {

    /** The one source of "now": every module asks this bean, so tests can move time with one property. A host's own
     * clock, if it has one, is used instead. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(ClockProperties properties) {
        return startingAt(Clock.systemUTC(), properties);
    }

    static Clock startingAt(Clock real, ClockProperties properties) {
        if (properties.start() == null) {
            return real;
        }
        return Clock.offset(real, java.time.Duration.between(real.instant(), properties.start()));
    }
}
