package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mechgraph.support.Api;
import org.mechgraph.support.RawHttp;
import org.mechgraph.support.RawHttp.Answer;

/** Every answer, from the API, the explorer's files, the webjars or Jetty itself, carries the security headers. */
class SecurityHeadersIT {

    private static final String D3 = "/webjars/d3/7.9.0/dist/d3.min.js";

    private static Api api;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        api = Api.onSharedDatabase();
        http = new RawHttp(api.port());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/health", "/api/entities/nobody-at-all", "/", "/style.css", "/js/main.js", D3,
            "/nope", "/api/entities/%ff", "/api/papers/%00"})
    void everyAnswerCarriesTheSecurityHeaders(String target) {
        assertSecurityHeaders(http.get(target));
    }

    @Test
    void refusalsAndJettysOwnErrorsCarryThemToo() {
        assertSecurityHeaders(http.request("GET", "/".getBytes(StandardCharsets.UTF_8), "Host: evil.example\r\n",
                new byte[0]));
        assertSecurityHeaders(http.get("/api/entities/" + "a".repeat(20_000)));
        assertSecurityHeaders(http.request("GET", "/api/health", "X-Big: " + "b".repeat(20_000) + "\r\n",
                new byte[0]));
        assertSecurityHeaders(http.request("DELETE", "/api/health", "", new byte[0]));
    }

    private static void assertSecurityHeaders(Answer a) {
        String csp = a.header("content-security-policy");
        assertNotNull(csp, a.toString());
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(Pattern.compile("script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;").matcher(csp).find(), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertFalse(csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
        assertFalse(csp.matches(".*style-src [^;]*unsafe-inline.*"), "style sheets only from the server: " + csp);
        assertEquals("nosniff", a.header("x-content-type-options"), a.toString());
        assertEquals("DENY", a.header("x-frame-options"), a.toString());
        assertEquals("no-referrer", a.header("referrer-policy"), a.toString());
    }

    @Test
    void thePolicyAllowsExactlyTheExplorersInlineScripts() throws Exception {
        Answer page = http.get("/");
        assertEquals(200, page.status());
        Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        int inline = 0;
        while (m.find()) {
            inline++;
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
            String hash = "'sha256-" + Base64.getEncoder().encodeToString(sha) + "'";
            assertTrue(page.header("content-security-policy").contains(hash), hash + " missing");
        }
        assertTrue(inline > 0, "the explorer has an inline script today; this test checks its hash");
    }
}
