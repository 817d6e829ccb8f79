package org.tilmash.accounts;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ServerErrorPage} in place of Tomcat's error report on the host, replacing the plain one Spring Boot
 * adds: it runs last so it finds Boot's valve already there.
 */
@Component
class ServerErrorPageInstaller implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final PlainErrorPage page;

    ServerErrorPageInstaller(PlainErrorPage page) {
        this.page = page;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standard) {
                // Otherwise the host adds Tomcat's own report valve again when it starts.
                standard.setErrorReportValveClass(ServerErrorPage.class.getName());
            }
            host.getPipeline().addValve(new ServerErrorPage(page));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
