package org.mechgraph.imports;

import java.util.Arrays;
import java.util.List;

/** One file of each kind an import must refuse, with where the refusal must point. */
record BadFiles(String kind, String name, byte[] bytes, long line, String field, String message) {

    private static final String HEADER = "subject\tsubject_type\trelation\tobject\tobject_type\tquote\tpaper\n";
    private static final String GOOD = "HGNC:BDNF\tPathway\tINCREASES\tbad file example outcome\tOutcome\t"
            + "A sentence from a file that must not be imported.\tdoi:10.9999/bad-file\n";

    static List<BadFiles> all() {
        return List.of(
                new BadFiles("unknown relation", "unknown-relation.tsv",
                        ImportDatabase.utf8(HEADER + GOOD + GOOD.replace("INCREASES", "FROBNICATES")), 3,
                        "relation", "unknown relation 'FROBNICATES'"),
                new BadFiles("missing field", "missing-field.tsv",
                        ImportDatabase.utf8(HEADER + GOOD + GOOD + GOOD.replace("A sentence", "")
                                .replace(" from a file that must not be imported.", "")), 4, "quote",
                        "missing quote"),
                new BadFiles("bad UTF-8", "bad-utf8.tsv", badUtf8(), 3, null, "not UTF-8"),
                new BadFiles("truncated gzip", "truncated.tsv.gz", truncatedGzip(), -1, null, "ends early"),
                new BadFiles("wrong columns", "wrong-columns.tsv",
                        ImportDatabase.utf8(HEADER + GOOD + "HGNC:BDNF\tPathway\tINCREASES\tx\n"), 3, null,
                        "wrong columns"));
    }

    private static byte[] badUtf8() {
        byte[] text = ImportDatabase.utf8(HEADER + GOOD + GOOD.replace("sentence", "sentence XX"));
        String s = new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.indexOf("XX");
        text[at] = (byte) 0xC3; // a lead byte followed by '(' is not UTF-8
        text[at + 1] = (byte) 0x28;
        return text;
    }

    private static byte[] truncatedGzip() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            text.append(GOOD.replace("bad file example outcome", "bad file outcome " + i));
        }
        byte[] gz = ImportDatabase.gzip(ImportDatabase.utf8(text.toString()));
        return Arrays.copyOf(gz, gz.length * 2 / 3);
    }

    @Override
    public String toString() {
        return kind;
    }
}
