package org.mechgraph.imports.formats;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mechgraph.imports.Format;
import org.mechgraph.imports.formats.bel.BelFormat;
import org.mechgraph.imports.formats.hetionet.HetionetFormat;
import org.mechgraph.imports.formats.kgx.KgxFormat;

/** The file formats by the name {@code import --format NAME} takes. Each reader is stateless and reusable. */
public final class Formats {

    private static final Map<String, Format> BY_NAME = Map.of(
            "bel", new BelFormat(),
            "hetionet", new HetionetFormat(),
            "kgx", new KgxFormat());

    private Formats() {
    }

    public static Optional<Format> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
