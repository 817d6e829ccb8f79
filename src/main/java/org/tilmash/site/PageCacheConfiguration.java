package org.tilmash.site;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.tilmash.TilmashHibernateSettings;
import org.tilmash.i18n.TilmashPaths;

/** Wires the page cache: its filter before all others (Spring Security among them), the purge hooks and the statement counter. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PageCacheConfiguration.class);

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCache cache,
            PageEncodings encodings,
            SiteProperties properties,
            MeterRegistry meters,
            TilmashPaths paths) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, encodings, properties, meters, paths));
        // First of all filters: a hit costs no observation, no security and no MVC; a miss then passes them all.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    TilmashHibernateSettings statementCounter() {
        return properties -> properties.put("hibernate.session_factory.statement_inspector", new StatementCounter());
    }

    /** The page cache itself is purged like any CDN: {@link PageTags#SITE} empties it. */
    @Bean
    PagePurge pageCachePurge(PageCache cache) {
        return keys -> {
            if (keys.contains(PageTags.SITE)) {
                cache.evictAll();
            } else {
                cache.evict(keys);
            }
        };
    }

    /** POSTs the keys of every eviction to {@code tilmash.site.page-cache.purge-webhook}, in the background. */
    @Bean
    @ConditionalOnExpression("!'${tilmash.site.page-cache.purge-webhook:}'.isBlank()")
    PagePurge purgeWebhook(SiteProperties properties) {
        URI target = URI.create(properties.getPageCache().getPurgeWebhook());
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return keys -> {
            String sorted = keys.stream().sorted().collect(Collectors.joining(" "));
            String json = keys.stream()
                    .sorted()
                    .map(key -> "\"" + key + "\"")
                    .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(HttpCaching.SURROGATE_KEY, sorted)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null || response.statusCode() >= 300) {
                    log.warn(
                            "Purge webhook {} failed for keys {}: {}",
                            target,
                            sorted,
                            failure != null ? failure.toString() : "HTTP " + response.statusCode());
                }
            });
        };
    }
}
