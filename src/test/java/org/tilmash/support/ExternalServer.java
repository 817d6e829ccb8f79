package org.tilmash.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server outside the JVM that some tests need (PostgreSQL, MariaDB), prepared once per JVM before the first of them.
 * Without it the test class is disabled with the reason, so Surefire reports its tests as skipped (an abort in
 * {@code beforeAll} would be swallowed and reported as nothing at all); with {@code CI=true} it fails instead.
 */
abstract class ExternalServer implements ExecutionCondition, BeforeAllCallback {

    private static final Map<Class<?>, Boolean> PREPARED = new ConcurrentHashMap<>();

    /** The server, as the skip reason names it. */
    protected abstract String what();

    /** Prepares what the tests use (a fresh database); whether the server could be reached. */
    protected abstract boolean prepareOnce();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (prepared() || Environment.onCi()) {
            return ConditionEvaluationResult.enabled(what() + " is required");
        }
        return ConditionEvaluationResult.disabled(Environment.missing(what()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Environment.require(prepared(), what());
    }

    private boolean prepared() {
        return PREPARED.computeIfAbsent(getClass(), server -> prepareOnce());
    }
}
