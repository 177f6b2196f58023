import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Rewrites the signed jars in a folder (the build's target/lib) without their signatures, and without the digest of
 * every entry their manifest lists for them. The JDK verifies a signed jar as a class path entry: it reads the
 * manifest and signature files (Eclipse Collections': 750 KB each) for the jar and again for every JarFile that
 * service loading opens on it, and hashes each class it loads. Neo4j loads thousands of classes from Eclipse
 * Collections while it starts; on two cores that was about a third of the start's main thread until Neo4j opened its
 * databases. Nothing checks these signatures: the jars come from Maven Central by checksum.
 *
 * <p>Run by the build ({@code java src/tools/UnsignJars.java target/lib}); a jar without signature files is left as
 * it is, so a second run changes nothing.
 */
public final class UnsignJars {

    public static void main(String[] args) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (signed(jar)) {
                    unsign(jar);
                }
            }
        }
    }

    private static boolean signature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-"));
    }

    private static boolean signed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(e -> signature(e.getName()));
        }
    }

    private static void unsign(Path jar) throws IOException {
        Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            // The main attributes only: the per-entry sections are the digests the signature covered.
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().putAll(in.getManifest().getMainAttributes());
            manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (var out = new JarOutputStream(Files.newOutputStream(unsigned), manifest)) {
                for (JarEntry entry : in.stream().toList()) {
                    String name = entry.getName();
                    if (signature(name) || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    JarEntry copy = new JarEntry(name);
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
