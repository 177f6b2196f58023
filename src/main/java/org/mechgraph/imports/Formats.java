package org.mechgraph.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.mechgraph.imports.claims.ClaimsFormat;
import org.mechgraph.imports.formats.bel.BelFormat;
import org.mechgraph.imports.formats.hetionet.HetionetFormat;
import org.mechgraph.imports.formats.kgx.KgxFormat;

/** The formats mechgraph imports, by the name the CLI's {@code --format} and the API's {@code format=} use. */
public final class Formats {

    private static final Map<String, Supplier<Format>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("claims", ClaimsFormat::new);
        FORMATS.put("bel", BelFormat::new);
        FORMATS.put("hetionet", HetionetFormat::new);
        FORMATS.put("kgx", KgxFormat::new);
    }

    private Formats() {
    }

    /** A new reader for the format called {@code name}. */
    public static Optional<Format> named(String name) {
        return Optional.ofNullable(FORMATS.get(name)).map(Supplier::get);
    }

    /** The names, for messages: {@code claims|bel|hetionet|kgx}. */
    public static String names() {
        return String.join("|", FORMATS.keySet());
    }
}
