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
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tilmash.i18n.TilmashPaths;

/**
 * Wires the public site into Spring MVC: the active theme: templates and static files (under {@code /theme/**}) are looked up in precedence order —
 * the theme on disk, the built-in theme, the default theme on disk, the built-in default theme.
 */
@Configuration(proxyBeanMethods = false)
class ThemeConfiguration implements WebMvcConfigurer {

    static final String STATIC_PATH = "/theme/";

    private final ThemeProperties properties;
    private final ThymeleafProperties thymeleaf;
    private final TilmashPaths paths;

    ThemeConfiguration(ThemeProperties properties, ThymeleafProperties thymeleaf, TilmashPaths paths) {
        this.properties = properties;
        this.thymeleaf = thymeleaf;
        this.paths = paths;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(paths.getSite() + STATIC_PATH + "**")
                .addResourceLocations(locations(properties, "static").toArray(String[]::new))
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                // Where each file was found is remembered (not its bytes): links to theme files cost no class-path
                // lookup per request. Off with the template cache, so a theme being edited shows at once.
                .resourceChain(thymeleaf.isCache());
    }

    @Bean
    ThemeTemplates themeTemplates() {
        List<ThemeTemplateResolver> chain = new ArrayList<>();
        for (String location : locations(properties, "templates")) {
            chain.add(new ThemeTemplateResolver(location, thymeleaf.isCache()));
        }
        return new ThemeTemplates(chain);
    }

    /** The theme folders on disk that may override the built-in ones (whether they exist or not). */
    static List<Path> diskLocations(ThemeProperties properties) {
        return new LinkedHashSet<>(List.of(properties.getName(), ThemeProperties.DEFAULT_THEME))
                .stream()
                        .map(theme -> properties.getDir().resolve(theme).toAbsolutePath())
                        .toList();
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
