package org.mechgraph.db;

/**
 * mechgraph cannot start, for a reason the person starting it can fix. The message is one line that says what is wrong
 * and what to do; it is meant to be printed as it is, without a stack trace, which would only bury it.
 */
public final class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
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
