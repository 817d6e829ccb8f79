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
        Assumptions.abort(what + " is not available: skipping (on CI this test fails instead)");
    }
}
