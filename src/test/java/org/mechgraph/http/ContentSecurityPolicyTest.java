package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSecurityPolicyTest {

    @Test
    void eachInlineScriptIsAllowedByItsHashAndScriptsWithASourceAreNot() {
        String html = "<script>alert(1)</script><script src=\"/a.js\"></script>"
                + "<SCRIPT type=\"module\">\nx()\n</SCRIPT><script></script>";
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assertEquals(List.of("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=",
                "sha256-F4wm3/HuV6MrPWziU0ZEzTNInvfl5dk7Nc+6nvtdZFo="),
                ContentSecurityPolicy.inlineScriptHashes(html));
    }

    @Test
    void thePolicyAllowsScriptsOnlyFromTheServerAndTheHashedInlineOnes() {
        String csp = ContentSecurityPolicy.of("<script>alert(1)</script>");
        assertTrue(csp.contains("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';"), csp);
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    }

    @Test
    void theJarsExplorerHasItsInlineScriptHashed() {
        String csp = ContentSecurityPolicy.forExplorer(Optional.empty()).get();
        assertTrue(csp.matches(".*script-src 'self' 'sha256-[^']+';.*"), csp);
    }

    @Test
    void aWebFolderIsFollowedWhenTheFileChanges(@TempDir Path dir) throws Exception {
        var policy = ContentSecurityPolicy.forExplorer(Optional.of(dir));
        assertTrue(policy.get().contains("script-src 'self';"), "no page yet: no inline script allowed");
        Path index = dir.resolve("index.html");
        Files.writeString(index, "<script>alert(1)</script>");
        Files.setLastModifiedTime(index, FileTime.fromMillis(1_000_000));
        assertTrue(policy.get().contains("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="));
        Files.writeString(index, "<script>alert(2)</script>");
        Files.setLastModifiedTime(index, FileTime.fromMillis(2_000_000));
        assertTrue(!policy.get().contains("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="));
    }
}
