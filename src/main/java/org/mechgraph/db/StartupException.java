package org.mechgraph.db;

/**
 * mechgraph cannot start, for a reason the person starting it can fix. The message is one line that says what is wrong
 * and what to do; it is meant to be printed as it is, without a stack trace, which would only bury it.
 */
public final class StartupException extends RuntimeException {

    private final boolean folderInUse;

    public StartupException(String message) {
        this(message, null, false);
    }

    public StartupException(String message, Throwable cause) {
        this(message, cause, false);
    }

    StartupException(String message, Throwable cause, boolean folderInUse) {
        super(message, cause);
        this.folderInUse = folderInUse;
    }

    /** Whether another process (a running mechgraph, say) holds the data folder. */
    public boolean folderInUse() {
        return folderInUse;
    }

    /** A throwable's deepest message, flattened to one line and shortened: the part of a long chain worth quoting. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() <= 200 ? message : message.substring(0, 197) + "...";
    }
}
