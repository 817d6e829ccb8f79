package org.tilmash.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the back-office header which of its links leads to the page shown, so it can mark it as current. */
@ControllerAdvice(basePackageClasses = Navigation.class)
class Navigation {

    /** Longest prefix first: the new-article form is not the article list. */
    private static final List<Map.Entry<String, String>> PAGES = List.of(
            Map.entry("/admin/articles/new", "new-article"),
            Map.entry("/admin/articles", "articles"),
            Map.entry("/admin/sections", "sections"),
            Map.entry("/admin/users", "users"),
            Map.entry("/admin/audit", "audit"),
            Map.entry("/admin/security-log", "security-log"),
            Map.entry("/admin/import", "import"),
            Map.entry("/admin/translations", "translations"),
            Map.entry("/admin/coverage", "coverage"),
            Map.entry("/admin/media", "media"),
            Map.entry("/admin/inbox", "inbox"),
            Map.entry("/admin/profile", "profile"));

    @ModelAttribute("navCurrent")
    String current(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PAGES.stream()
                .filter(page -> path.equals(page.getKey()) || path.startsWith(page.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(path.equals("/admin") ? "dashboard" : "");
    }
}
