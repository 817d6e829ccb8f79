package org.tilmash.accounts;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before any filter or servlet sees them: an invalid percent-escape, an encoded slash, a
 * backslash in the path. Its own page for them named the server and carried no security headers. This valve answers
 * them with {@link PlainErrorPage} instead. Requests that reached the application have their error page written by
 * it already and are left alone.
 */
class ServerErrorPage extends ErrorReportValve {

    private final PlainErrorPage page;

    ServerErrorPage(PlainErrorPage page) {
        this.page = page;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            page.write(request.getRequest(), response.getResponse(), status);
            response.finishResponse();
        } catch (IOException | IllegalStateException gone) {
            // The client left or the response was committed meanwhile: there is nobody to show a page to.
        }
    }
}
