package org.mechgraph.support;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What a hostile or careless user sends, for property tests of the API: random and oversized text, any Unicode,
 * control characters, broken percent-escapes, injection attempts (Cypher, Lucene, path traversal, markup), huge and
 * malformed numbers, and either well-formed or raw encodings of all of it.
 */
public final class Fuzz {

    /** Tries per property: enough to cover the generators' kinds many times over, few enough for CI. */
    public static final int TRIES = 150;
    /** Every property runs with this seed, so a failure reproduces exactly. */
    public static final String SEED = "20261124";

    public static final List<String> INJECTIONS = List.of(
            "' OR 1=1 //", "\" OR \"\"=\"", "ketamine' })-[r]-() DETACH DELETE r //", "MATCH (n) DETACH DELETE n",
            "}) RETURN 1 UNION MATCH (n) SET n.x = 1 //", "$param", "{id: 'x'}", "`backtick`", "\\u0027",
            "CALL dbms.components()", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
            "name:* OR id:*", "*:*", "a~1^99", "(a", "a)", "[a TO z]", "\"unclosed", "a AND OR NOT", "/regex.*/",
            "+-&&||!(){}[]^\"~*?:\\/", "ketamine~", "k*", "?", "*", "a:b:c", "NOT", "AND",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "..%252f..%252f", "/./.././",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://x/a}",
            "%00", "%ff", "%zz", "%", "%%", "%c0%af", "%e2%82", "%ed%a0%80", "%f8%88%80%80%80", "%u0041",
            "\u0000", "\u0007\u001b[31m", "\ud800", "\udfff\ud800", "\ufeff", "\u202e", "ﬀ", "İ", "ß", "𝔘𝔫𝔦",
            "", " ", "\t", "null", "undefined", "NaN", "true", "[]", "{}");

    public static final List<String> NUMBERS = List.of(
            "0", "-1", "1", "6", "7", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
            "99999999999999999999999999999999", "1e309", "-1e309", "1.5", "0x10", "010", "+5", " 5 ", "5 ", "٣",
            "１", "NaN", "Infinity", "-0", "", "1_000", "1,000", "⁵");

    private Fuzz() {
    }

    /** A value a user might type or forge, before encoding. */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(3, Arbitraries.strings().ascii().ofMaxLength(40)),
                Tuple.of(3, Arbitraries.of(INJECTIONS)),
                Tuple.of(2, Arbitraries.strings().withChars("%0123456789abcdefABCDEFzZ/.\\+").ofMaxLength(20)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(190).ofMaxLength(4000)),
                Tuple.of(1, Arbitraries.of("ketamine", "MOR", "BDNF", "esketamine", "ampar", "glutamate")),
                Tuple.of(1, Combinators.combine(Arbitraries.of(INJECTIONS), Arbitraries.strings().alpha()
                        .ofMaxLength(10)).as((a, b) -> a + b)));
    }

    /** A number as a user might write one, or anything else in its place. */
    public static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(NUMBERS)),
                Tuple.of(2, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(2, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(BigInteger::toString)),
                Tuple.of(1, text()));
    }

    /** How a value reaches the server: percent-encoded as a browser would, or as raw bytes. */
    public enum Encoding {
        /** Percent-encoded UTF-8, spaces as %20. */
        ENCODED,
        /** As typed; only CR and LF are escaped, so the request line stays one line. */
        RAW
    }

    public static Arbitrary<Encoding> encoding() {
        return Arbitraries.of(Encoding.class);
    }

    public static String encode(String value, Encoding encoding) {
        if (encoding == Encoding.ENCODED) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return value.replace("\r", "%0D").replace("\n", "%0A");
    }
}
