package org.tilmash.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tilmash.i18n.TilmashPaths;

/**
 * Tomcat passes a path parameter with a broken escape ({@code /en/news/;-%}) on to the application, where Spring's
 * path parsing throws on it in every filter and servlet, the error page's included: a 500 for a typo. Such requests
 * are answered first with the {@link PlainErrorPage}; the error dispatch would only fail the same way. So are reads
 * whose query has a broken escape.
 */
@Configuration(proxyBeanMethods = false)
class MalformedPathFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> malformedPaths(PlainErrorPage page, TilmashPaths paths) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Check(page, paths));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class Check extends OncePerRequestFilter {

        private final PlainErrorPage page;
        private final TilmashPaths paths;

        Check(PlainErrorPage page, TilmashPaths paths) {
            this.page = page;
            this.paths = paths;
        }

        /** A host application's own paths are the host's business. */
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !paths.owns(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (malformedPath(request) || malformedQuery(request)) {
                page.write(request, response, HttpStatus.BAD_REQUEST.value());
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean malformedPath(HttpServletRequest request) {
            try {
                RequestPath.parse(request.getRequestURI(), request.getContextPath());
                return false;
            } catch (IllegalArgumentException malformed) {
                return true;
            }
        }

        /**
         * A query with a broken escape ({@code ?q=%}) makes Tomcat throw from the first read of any parameter, deep in
         * a controller or an exception resolver, logged as a server error. Read here for the requests whose
         * parameters are the query's alone; a form's body is left to its controller.
         */
        private static boolean malformedQuery(HttpServletRequest request) {
            if (request.getQueryString() == null
                    || !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
                return false;
            }
            try {
                request.getParameterMap();
                return false;
            } catch (IllegalStateException malformed) {
                return true;
            }
        }
    }
}
