package org.tilmash.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tilmash.i18n.TilmashPaths;

/**
 * Spring Boot's error controller answers JSON to a client that accepts anything ({@code Accept: *}{@code /*}, or no
 * {@code Accept} at all: curl, link checkers, feed readers), so such a reader would get an English JSON body for a
 * missing page. On Tilmash's pages other than the API, such a client is shown the error page a browser sees; a client
 * that names the types it wants still gets them.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPagesForEveryClient {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorPagesAsPages(TilmashPaths paths) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new AsPage(paths));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        return registration;
    }

    private static final class AsPage extends OncePerRequestFilter {

        private final TilmashPaths paths;

        AsPage(TilmashPaths paths) {
            this.paths = paths;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = TilmashPaths.pathOf(request);
            boolean page = paths.owns(path) && !TilmashPaths.isUnder(path, paths.getApi());
            chain.doFilter(page && acceptsAnything(request) ? new AcceptingHtml(request) : request, response);
        }

        private static boolean acceptsAnything(HttpServletRequest request) {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept == null || accept.isBlank()) {
                return true;
            }
            try {
                return MediaType.parseMediaTypes(accept).stream().allMatch(MediaType::isWildcardType);
            } catch (InvalidMediaTypeException malformed) {
                return true;
            }
        }
    }

    private static final class AcceptingHtml extends HttpServletRequestWrapper {

        AcceptingHtml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(MediaType.TEXT_HTML_VALUE))
                    : super.getHeaders(name);
        }
    }
}
