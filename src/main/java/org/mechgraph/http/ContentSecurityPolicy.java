package org.mechgraph.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of every answer. Scripts run only from this server (D3 comes from the jar at
 * {@code /webjars/…}) plus the explorer's inline scripts, each allowed by the SHA-256 of its exact text, so a script
 * injected into a page would not run. Style sheets come only from this server; {@code style} attributes are allowed
 * because the SVG and PNG exports copy each element's computed style into one (an attribute cannot select other
 * elements, so it cannot read the page, and the images it could name are held to {@code img-src}). Images may be
 * {@code data:} URLs (the favicon, and the PNG export, which draws the SVG through a {@code data:} image). Nothing may
 * frame the explorer, and it reaches only its own API.
 *
 * <p>The hashes are taken from the {@code index.html} being served: from the jar once, from {@code MECHGRAPH_WEB_DIR}
 * again whenever the file changes, so editing the page never needs editing this class.
 */
public final class ContentSecurityPolicy {

    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script\\b(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ContentSecurityPolicy() {
    }

    /** The policy for the explorer at {@code webDir/index.html}, or in the jar at {@code /web/index.html}. */
    public static Supplier<String> forExplorer(Optional<Path> webDir) {
        if (webDir.isPresent()) {
            return new FollowingFile(webDir.get().resolve("index.html"));
        }
        String policy = of(fromClasspath());
        return () -> policy;
    }

    /** The policy for a page whose inline scripts are those of {@code html}. */
    public static String of(String html) {
        StringBuilder scripts = new StringBuilder("'self'");
        for (String hash : inlineScriptHashes(html)) {
            scripts.append(" '").append(hash).append('\'');
        }
        return "default-src 'none'; script-src " + scripts + "; style-src 'self'; style-src-attr 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** {@code sha256-…} of the text of each {@code <script>} without a {@code src}, in page order. */
    static List<String> inlineScriptHashes(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                hashes.add("sha256-" + Base64.getEncoder().encodeToString(sha256(m.group(1))));
            }
        }
        return hashes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String fromClasspath() {
        try (InputStream in = ContentSecurityPolicy.class.getResourceAsStream("/web/index.html")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The policy of a page on disk, computed again when the file's modification time changes. */
    private static final class FollowingFile implements Supplier<String> {
        private final Path file;
        private long modified = Long.MIN_VALUE;
        private String policy = of("");

        FollowingFile(Path file) {
            this.file = file;
        }

        @Override
        public synchronized String get() {
            try {
                long now = Files.getLastModifiedTime(file).toMillis();
                if (now != modified) {
                    policy = of(Files.readString(file, StandardCharsets.UTF_8));
                    modified = now;
                }
            } catch (IOException | UncheckedIOException e) {
                // No page (yet): the policy without inline scripts, which is the stricter one.
                policy = of("");
                modified = Long.MIN_VALUE;
            }
            return policy;
        }
    }
}
