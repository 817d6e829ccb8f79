package org.tilmash.site;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.tilmash.i18n.ConditionalOnSiteAtRoot;

/**
 * {@code X-Forwarded-For/-Proto/-Host} are believed only from the addresses in {@code tilmash.site.trusted-proxies}.
 * With {@code server.forward-headers-strategy: native} Spring Boot puts Tomcat's {@link RemoteIpValve} in front,
 * which by default trusts every private network address; here its list becomes exactly ours, and with none
 * configured no one's forwarded headers count. Behind a TLS proxy this is what makes requests secure: session
 * cookies then get {@code Secure} and responses HSTS.
 */
@Component
@ConditionalOnSiteAtRoot
class ForwardedHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final SiteProperties properties;

    ForwardedHeaders(SiteProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String trusted = internalProxies(properties.getTrustedProxies());
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(trusted);
                    valve.setTrustedProxies(null);
                });
    }

    /** Tomcat wants a regular expression; the setting is a list of plain addresses, matched exactly. */
    static String internalProxies(List<String> addresses) {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** After Spring Boot's own customizer, which creates the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
