package org.tilmash.accounts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jsoup.nodes.Entities;
import org.springframework.context.MessageSource;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;

/**
 * Tomcat refuses some requests before any filter or servlet sees them: an invalid percent-escape, an encoded slash, a
 * backslash in the path. Its own page for them named the server and carried no security headers. This valve answers
 * them instead with a small page in the reader's language and the same headers as every other page. Requests that
 * reached the application have their error page written by it already and are left alone.
 */
class ServerErrorPage extends ErrorReportValve {

    /** Statuses with a text of their own in the bundles; others are told as a bad request or our error. */
    private static final Set<Integer> SHOWN = Set.of(400, 401, 403, 404, 405, 409);

    private final MessageSource messages;
    private final LanguageRegistry languages;

    ServerErrorPage(MessageSource messages, LanguageRegistry languages) {
        this.messages = messages;
        this.languages = languages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        int shown = SHOWN.contains(status) ? status : status < 500 ? 400 : 500;
        Language language = language(request);
        Locale locale = language.locale();
        String title = messages.getMessage("error.title." + shown, null, locale);
        String text = messages.getMessage("error.text." + shown, null, locale);
        String home = messages.getMessage("error.home", null, locale);
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            RejectedRequests.writeHeaders(response.getResponse());
            Writer out = response.getReporter();
            if (out == null) {
                return;
            }
            out.write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\"" + language.dir() + "\">\n"
                    + "<head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width,"
                    + " initial-scale=1\"><title>" + Entities.escape(title) + "</title></head>\n<body><main>\n<h1>"
                    + Entities.escape(title) + "</h1>\n<p>" + Entities.escape(text) + "</p>\n<p><a href=\"/"
                    + language.code() + "/\">" + Entities.escape(home) + "</a></p>\n</main></body>\n</html>\n");
            response.finishResponse();
        } catch (IOException | IllegalStateException gone) {
            // The client left or the response was committed meanwhile: there is nobody to show a page to.
        }
    }

    /** The first of the browser's languages the site has; the request never reached the locale resolver. */
    private Language language(Request request) {
        for (Locale locale : Collections.list(request.getLocales())) {
            var found = languages.find(locale.getLanguage());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return languages.defaultLanguage();
    }
}
