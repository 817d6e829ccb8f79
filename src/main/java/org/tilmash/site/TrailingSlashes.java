package org.tilmash.site;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;
import org.tilmash.i18n.TilmashPaths;

/**
 * The news, its sections, articles and the search typed or linked with a final slash ({@code /en/news/},
 * {@code /en/search/?q=}) are redirected once to their address without it, query kept, instead of not being found. A
 * language's home page is the one public address that ends with a slash, and stays so.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashes {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashRedirects(TilmashPaths paths) {
        String site = paths.getSite();
        UrlHandlerFilter filter = UrlHandlerFilter.trailingSlashHandler(site + "/*/news/**", site + "/*/search/**")
                .redirect(HttpStatus.MOVED_PERMANENTLY)
                .build();
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(filter);
        // After Spring Security's filters, so the redirect carries the security headers every answer has.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }
}
