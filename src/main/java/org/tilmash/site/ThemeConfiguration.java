package org.tilmash.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tilmash.i18n.LanguageRegistry;

/**
 * Wires the public site into Spring MVC: the language cookie, and the active theme: templates and static files (under {@code /theme/**}) are looked up in precedence order —
 * the theme on disk, the built-in theme, the default theme on disk, the built-in default theme.
 */
@Configuration(proxyBeanMethods = false)
class ThemeConfiguration implements WebMvcConfigurer {

    static final String STATIC_PATH = "/theme/";

    private final ThemeProperties properties;
    private final LanguageRegistry languages;
    private final LocaleResolver localeResolver;

    ThemeConfiguration(ThemeProperties properties, LanguageRegistry languages, LocaleResolver localeResolver) {
        this.properties = properties;
        this.languages = languages;
        this.localeResolver = localeResolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageCookieInterceptor(languages, localeResolver))
                .addPathPatterns("/*/", "/*/news", "/*/news/**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(STATIC_PATH + "**")
                .addResourceLocations(locations(properties, "static").toArray(String[]::new))
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    @Bean
    ThemeTemplates themeTemplates(ThymeleafProperties thymeleaf) {
        List<ThemeTemplateResolver> chain = new ArrayList<>();
        for (String location : locations(properties, "templates")) {
            chain.add(new ThemeTemplateResolver(location, thymeleaf.isCache()));
        }
        return new ThemeTemplates(chain);
    }

    /** Theme locations from most to least specific, each ending in a slash. */
    static List<String> locations(ThemeProperties properties, String subfolder) {
        Set<String> themes = new LinkedHashSet<>(List.of(properties.getName(), ThemeProperties.DEFAULT_THEME));
        List<String> locations = new ArrayList<>();
        for (String theme : themes) {
            Path onDisk = properties.getDir().resolve(theme).resolve(subfolder).toAbsolutePath();
            locations.add("file:" + onDisk + "/");
            locations.add("classpath:/themes/" + theme + "/" + subfolder + "/");
        }
        return locations;
    }
}
