package org.tilmash.site;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.Ordered;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;

/** The theme locations as one template resolver: the first location that has the template wins. */
final class ThemeTemplates implements ITemplateResolver, ApplicationContextAware {

    private final List<ThemeTemplateResolver> chain;

    ThemeTemplates(List<ThemeTemplateResolver> chain) {
        this.chain = List.copyOf(chain);
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        chain.forEach(resolver -> resolver.setApplicationContext(context));
    }

    @Override
    public String getName() {
        return "themes";
    }

    @Override
    public Integer getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public TemplateResolution resolveTemplate(
            IEngineConfiguration configuration,
            String ownerTemplate,
            String template,
            Map<String, Object> templateResolutionAttributes) {
        for (ThemeTemplateResolver resolver : chain) {
            TemplateResolution resolution =
                    resolver.resolveTemplate(configuration, ownerTemplate, template, templateResolutionAttributes);
            if (resolution != null) {
                return resolution;
            }
        }
        return null;
    }
}
