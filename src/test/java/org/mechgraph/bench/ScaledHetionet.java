package org.mechgraph.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Hetionet made {@code scale} times larger with its shape kept, written in Hetionet's own format so the importer reads
 * it as it reads Hetionet: every node {@code scale} times (replica 0 is the original; replica k gets {@code .rk} on
 * its id and {@code (rk)} on its name, so no two replicas share an identifier or a name and none merges with
 * another), and every edge {@code scale} times, replica k joining the replicas k of its ends, except that one edge in
 * ten (seeded) is rewired to the target's replica in another copy, so the copies form one graph. Each node keeps its
 * degree in expectation, each metaedge its share exactly; evidence (PubMed ids, sources, licences) is copied as it is.
 */
final class ScaledHetionet {

    static final double REWIRED = 0.1;

    private ScaledHetionet() {
    }

    /** Writes the nodes and the edges file into {@code dir}; answers their paths, nodes first. */
    static List<Path> write(Path shared, Path dir, int scale) throws IOException {
        Files.createDirectories(dir);
        Path nodes = dir.resolve("hetionet_x" + scale + "_nodes.tsv.gz");
        Path edges = dir.resolve("hetionet_x" + scale + "_composite_edges.tsv.gz");
        Random random = new Random(20261126);
        try (BufferedReader in = open(shared.resolve("hetionet/hetionet_nodes.tsv.gz"));
             BufferedWriter out = create(nodes)) {
            out.write(in.readLine() + "\n"); // id, name, kind
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                String id = f[0];
                String name = f[1];
                for (int k = 0; k < scale; k++) {
                    f[0] = replica(id, k);
                    f[1] = k == 0 ? name : name + " (r" + k + ")";
                    out.write(String.join("\t", f) + "\n");
                }
            }
        }
        try (BufferedReader in = open(shared.resolve("hetionet/hetionet_composite_edges.tsv.gz"));
             BufferedWriter out = create(edges)) {
            out.write(in.readLine() + "\n"); // source, metaedge, target, …
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                String source = f[0];
                String target = f[2];
                for (int k = 0; k < scale; k++) {
                    int j = scale > 1 && random.nextDouble() < REWIRED ? (k + 1 + random.nextInt(scale - 1)) % scale : k;
                    f[0] = replica(source, k);
                    f[2] = replica(target, j);
                    out.write(String.join("\t", f) + "\n");
                }
            }
        }
        return List.of(nodes, edges);
    }

    private static String replica(String id, int k) {
        return k == 0 ? id : id + ".r" + k;
    }

    private static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    private static BufferedWriter create(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }
}
