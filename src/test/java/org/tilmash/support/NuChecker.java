package org.tilmash.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, the validator behind validator.w3.org/nu, collecting the errors of every page it reads. */
public final class NuChecker implements ErrorHandler {

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
    private final List<String> problems = new ArrayList<>();
    private String page = "";

    public NuChecker() throws Exception {
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", this);
        validator.setUpValidatorAndParsers(this, true, false);
    }

    /** Checks {@code html}, served at {@code path}; its errors are reported under {@code where}. */
    public void check(String where, String path, String html) throws Exception {
        page = where;
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        source.setSystemId("http://localhost" + path);
        validator.checkHtmlInputSource(source);
    }

    /** Every error so far, each as "page:line: message"; empty when all pages were valid. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public void warning(SAXParseException exception) {}

    @Override
    public void error(SAXParseException exception) {
        problems.add(page + ":" + exception.getLineNumber() + ": " + exception.getMessage());
    }

    @Override
    public void fatalError(SAXParseException exception) {
        error(exception);
    }
}
