package org.tilmash.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.i18n.TilmashMessages;

/**
 * The error page for requests refused before Spring MVC can render one (by Tomcat itself, or because the path cannot
 * even be parsed): small, in the reader's language, with the same security headers as every other page.
 */
@Component
class PlainErrorPage {

    /** Statuses with a text of their own in the bundles; others are told as a bad request or our error. */
    private static final Set<Integer> SHOWN = Set.of(400, 401, 403, 404, 405, 409);

    private final TilmashMessages messages;
    private final LanguageRegistry languages;

    PlainErrorPage(TilmashMessages messages, LanguageRegistry languages) {
        this.messages = messages;
        this.languages = languages;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        int shown = SHOWN.contains(status) ? status : status < 500 ? 400 : 500;
        Language language = language(request);
        Locale locale = language.locale();
        String title = messages.getMessage("error.title." + shown, null, locale);
        String text = messages.getMessage("error.text." + shown, null, locale);
        String home = messages.getMessage("error.home", null, locale);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        RejectedRequests.writeHeaders(response);
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\"" + language.dir() + "\">\n"
                + "<head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width,"
                + " initial-scale=1\"><title>" + Entities.escape(title) + "</title></head>\n<body><main>\n<h1>"
                + Entities.escape(title) + "</h1>\n<p>" + Entities.escape(text) + "</p>\n<p><a href=\"/"
                + language.code() + "/\">" + Entities.escape(home) + "</a></p>\n</main></body>\n</html>\n");
        out.flush();
    }

    /** The first of the browser's languages the site has; these requests never reach the locale resolver. */
    private Language language(HttpServletRequest request) {
        for (Locale locale : Collections.list(request.getLocales())) {
            var found = languages.find(locale.getLanguage());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return languages.defaultLanguage();
    }
}
