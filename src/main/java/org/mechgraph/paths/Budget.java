package org.mechgraph.paths;

import java.time.Duration;

/**
 * The time one path query may still search. When nothing is left, the search stops where it is and answers the best
 * paths found so far, flagged partial; each database read is also told to stop when the time runs out.
 */
@FunctionalInterface
interface Budget {

    /** The time left; zero or less when it is spent. */
    Duration remaining();

    /** A budget of {@code limit} from now, by the monotonic clock. */
    static Budget of(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        return () -> Duration.ofNanos(end - System.nanoTime());
    }
}
