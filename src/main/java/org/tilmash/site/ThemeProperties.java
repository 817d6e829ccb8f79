package org.tilmash.site;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tilmash.theme.*}: which public theme renders the site and where themes live on disk. */
@ConfigurationProperties("tilmash.theme")
class ThemeProperties {

    static final String DEFAULT_THEME = "default";

    /** Theme name: a folder under {@link #dir} or under {@code themes/} inside the application. */
    private String name = DEFAULT_THEME;

    /** Folder whose themes override the built-in ones. */
    private Path dir = Path.of("themes");

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Path getDir() {
        return dir;
    }

    public void setDir(Path dir) {
        this.dir = dir;
    }
}
