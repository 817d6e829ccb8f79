package org.tilmash;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.linkbuilder.ILinkBuilder;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.tilmash.i18n.TilmashPaths;

/**
 * Tilmash's addresses in Spring MVC ({@code tilmash.web.*}, see {@link TilmashPaths}): its controllers are mapped under
 * the configured prefixes, and the standalone paths that code and templates write ({@code /admin/articles},
 * {@code /en/news}) become the configured ones on the way out, in links of Tilmash's templates and in its redirects.
 * Its own files (styles, scripts, the WebJars it uses) are served under its own prefix, whatever the host's static
 * resource settings.
 */
@Configuration(proxyBeanMethods = false)
class TilmashWebConfiguration implements WebMvcConfigurer {

    private static final String WEBJARS = "classpath:/META-INF/resources/webjars/";
    private static final String OWN_FILES = "classpath:/static/admin-static/";

    private final TilmashPaths paths;
    private final ThymeleafProperties thymeleaf;

    TilmashWebConfiguration(TilmashPaths paths, ThymeleafProperties thymeleaf) {
        this.paths = paths;
        this.thymeleaf = thymeleaf;
    }

    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        HandlerTypePredicate backOffice = HandlerTypePredicate.forBasePackage("org.tilmash.admin");
        HandlerTypePredicate api = HandlerTypePredicate.forAnnotation(RestController.class);
        configurer.addPathPrefix(paths.getAdmin(), type -> backOffice.test(type) && !api.test(type));
        configurer.addPathPrefix(paths.getApi(), type -> backOffice.test(type) && api.test(type));
        if (!paths.getSite().isEmpty()) {
            configurer.addPathPrefix(
                    paths.getSite(), HandlerTypePredicate.forBasePackage("org.tilmash.site", "org.tilmash.media"));
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(paths.getAssets() + "/webjars/**")
                .addResourceLocations(WEBJARS)
                .resourceChain(thymeleaf.isCache())
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler(paths.getAssets() + "/**")
                .addResourceLocations(OWN_FILES)
                .resourceChain(thymeleaf.isCache());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OutgoingRedirects(paths));
    }

    /** Tilmash's redirects, written with standalone paths, sent to the configured ones. */
    private record OutgoingRedirects(TilmashPaths paths) implements HandlerInterceptor {

        @Override
        public void postHandle(
                HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView view) {
            if (view != null && isTilmash(handler)) {
                paths.sendOut(view);
            }
        }

        private static boolean isTilmash(Object handler) {
            return handler instanceof HandlerMethod method
                    && method.getBeanType().getPackageName().startsWith("org.tilmash.");
        }
    }

    /** Links in Tilmash's templates (named {@code tilmash/...}) go to the configured paths; other templates' links are
     * left to the host's link builders. */
    @Bean
    static BeanPostProcessor tilmashLinks(ObjectProvider<TilmashPaths> paths) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
                if (bean instanceof SpringTemplateEngine engine) {
                    boolean hostHasOwn = !engine.getLinkBuilders().isEmpty();
                    engine.addLinkBuilder(new TilmashLinks(paths.getObject()));
                    if (!hostHasOwn) {
                        StandardLinkBuilder standard = new StandardLinkBuilder();
                        standard.setOrder(Integer.MAX_VALUE);
                        engine.addLinkBuilder(standard);
                    }
                }
                return bean;
            }
        };
    }

    private static final class TilmashLinks implements ILinkBuilder {
        private final TilmashPaths paths;
        private final StandardLinkBuilder standard;

        TilmashLinks(TilmashPaths paths) {
            this.paths = paths;
            String ownFiles = paths.getAssets() + "/";
            String themeFiles = paths.getSite() + "/theme/";
            this.standard = new StandardLinkBuilder() {
                /**
                 * Only links to Tilmash's own files may be rewritten by the resource chain (a WebJar's version in
                 * the path); a page's links to pages are left as they are rather than matched against every
                 * resource pattern, link after link, on every rendering.
                 */
                @Override
                protected String processLink(IExpressionContext context, String link) {
                    return link.contains(ownFiles) || link.contains(themeFiles)
                            ? super.processLink(context, link)
                            : link;
                }
            };
        }

        @Override
        public String getName() {
            return "tilmash";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public @Nullable String buildLink(IExpressionContext context, String base, Map<String, Object> parameters) {
            if (!(context instanceof ITemplateContext template)
                    || !template.getTemplateData().getTemplate().startsWith("tilmash/")) {
                return null;
            }
            return standard.buildLink(context, paths.external(base), parameters);
        }
    }
}
