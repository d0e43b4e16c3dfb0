package org.editionkit.cli;

import java.util.Optional;

/**
 * Ends this JVM when the {@code ./edition} launcher that started it as a child is gone. The
 * launcher keeps the JVM as a child only while it writes the class-data-sharing archive (it
 * renames the archive afterwards); a SIGKILL of the launcher cannot be trapped, and the JVM
 * would otherwise run on alone. The JVM is then re-parented, which this watch notices.
 */
final class LauncherWatch {
    static final String VARIABLE = "EDITION_LAUNCHER_PID";
    private static final long POLL_MILLIS = 250;

    private LauncherWatch() {
    }

    /** Starts the watch when the launcher asked for it by naming its pid, which must be our parent. */
    static void start() {
        String value = System.getenv(VARIABLE);
        if (value == null || !value.matches("[0-9]{1,10}")) {
            return;
        }
        long launcher = Long.parseLong(value);
        if (!parentIs(launcher)) {
            return; // not started by that launcher (the variable leaked into another environment)
        }
        Thread watch = new Thread(() -> {
            while (parentIs(launcher)) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            // A normal exit, so shutdown hooks remove the temporary files of writes in progress.
            System.exit(ExitCodes.USAGE_OR_IO);
        }, "edition-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static boolean parentIs(long pid) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        return parent.isPresent() && parent.get().pid() == pid && parent.get().isAlive();
    }
}
