package org.tilmash.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** What tests do when something outside the JVM is missing: fail on CI, skip with a reason elsewhere. */
public final class Environment {

    private Environment() {}

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if (onCi()) {
            Assertions.fail(what + " is required when CI=true but is not available");
        }
        Assumptions.abort(missing(what));
    }

    /** The reason a test is skipped for lack of {@code what}. */
    static String missing(String what) {
        return what + " is not available: skipped (with CI=true this fails instead)";
    }
}
