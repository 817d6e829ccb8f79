package org.tilmash.support;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Closes the test run with one line per reason tests were skipped or aborted, naming the tests, so a laptop without
 * PostgreSQL or Chromium sees at the end of the build exactly what did not run and why. Registered through
 * {@code META-INF/services}.
 */
public class SkippedTestsSummary implements TestExecutionListener {

    private final Map<String, TreeSet<String>> byReason = new TreeMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private synchronized void record(TestIdentifier test, String reason) {
        String name = plan.getParent(test)
                .filter(parent -> test.isTest())
                .map(parent -> parent.getDisplayName() + "." + test.getDisplayName())
                .orElse(test.getDisplayName());
        byReason.computeIfAbsent(reason, key -> new TreeSet<>()).add(name);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (byReason.isEmpty()) {
            return;
        }
        PrintStream out = System.out;
        out.println("[WARNING] Skipped tests, by reason:");
        byReason.forEach((reason, tests) ->
                out.println("[WARNING]   " + reason + " (" + tests.size() + "): " + String.join(", ", tests)));
    }
}
