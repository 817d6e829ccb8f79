package org.tilmash.site;

import java.util.Map;
import java.util.Set;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Resolves the site's views, named {@code site/<template>}, from one theme location such as
 * {@code file:themes/dark/templates/}. Several of these are chained, each checking that the template exists, so a
 * theme on disk overrides the built-in copy and a theme lacking a template falls back to the default theme.
 */
final class ThemeTemplateResolver extends SpringResourceTemplateResolver {

    static final String VIEW_PREFIX = "tilmash/site/";

    ThemeTemplateResolver(String location, boolean cacheable) {
        setPrefix(location);
        setSuffix(".html");
        setTemplateMode(TemplateMode.HTML);
        setCharacterEncoding("UTF-8");
        setCheckExistence(true);
        setResolvablePatterns(Set.of(VIEW_PREFIX + "*"));
        setCacheable(cacheable);
    }

    @Override
    protected String computeResourceName(
            IEngineConfiguration configuration,
            String ownerTemplate,
            String template,
            String prefix,
            String suffix,
            boolean forceSuffix,
            Map<String, String> templateAliases,
            Map<String, Object> templateResolutionAttributes) {
        String withinTheme = template.startsWith(VIEW_PREFIX) ? template.substring(VIEW_PREFIX.length()) : template;
        return super.computeResourceName(
                configuration,
                ownerTemplate,
                withinTheme,
                prefix,
                suffix,
                forceSuffix,
                templateAliases,
                templateResolutionAttributes);
    }
}
