package org.tilmash.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tilmash.i18n.TilmashPaths;

/** Tells the back-office header which of its links leads to the page shown, so it can mark it as current. */
@ControllerAdvice(basePackageClasses = Navigation.class)
class Navigation {

    private final TilmashPaths paths;

    Navigation(TilmashPaths paths) {
        this.paths = paths;
    }

    /** Longest prefix first: the new-article form is not the article list. */
    private static final List<Map.Entry<String, String>> PAGES = List.of(
            Map.entry("/articles/new", "new-article"),
            Map.entry("/articles", "articles"),
            Map.entry("/sections", "sections"),
            Map.entry("/users", "users"),
            Map.entry("/audit", "audit"),
            Map.entry("/security-log", "security-log"),
            Map.entry("/import", "import"),
            Map.entry("/translations", "translations"),
            Map.entry("/coverage", "coverage"),
            Map.entry("/media", "media"),
            Map.entry("/inbox", "inbox"),
            Map.entry("/profile", "profile"));

    @ModelAttribute("navCurrent")
    String current(HttpServletRequest request) {
        String path = TilmashPaths.pathOf(request).substring(paths.getAdmin().length());
        return PAGES.stream()
                .filter(page -> path.equals(page.getKey()) || path.startsWith(page.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(path.isEmpty() ? "dashboard" : "");
    }
}
