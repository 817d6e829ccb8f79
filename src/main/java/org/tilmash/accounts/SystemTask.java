package org.tilmash.accounts;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work the application does on its own behalf, not for a signed-in user: loading the demo, publishing what is due,
 * importing from the command line. Inside {@link #run} the permission service grants every content right and the
 * workflow records {@code name} as the actor. Only code can start one; no request can.
 */
public final class SystemTask {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SystemTask() {}

    public static <T> T run(String name, Supplier<T> work) {
        String outer = CURRENT.get();
        CURRENT.set(name);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    public static void run(String name, Runnable work) {
        run(name, () -> {
            work.run();
            return null;
        });
    }

    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
