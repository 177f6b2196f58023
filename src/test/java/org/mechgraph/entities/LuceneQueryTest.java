package org.mechgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LuceneQueryTest {

    @Test
    void userSyntaxNeverReachesLucene() {
        assertEquals("(s^4 OR s*^2) AND (ketamine^4 OR ketamine*^2 OR ketamine~1)", LuceneQuery.search("(S)-ketamine"));
        assertEquals("", LuceneQuery.search("*:* \"\\ ~^"));
        assertEquals("(or^4 OR or*^2)", LuceneQuery.search("OR"), "operators are lower-cased into plain terms");
        assertEquals("a AND b", LuceneQuery.exact("a:* b~"));
    }

    @Test
    void shortTokensAreNotFuzzy() {
        assertEquals("(mor^4 OR mor*^2)", LuceneQuery.search("MOR"));
    }

    @Test
    void keepsGreekLettersAndDigits() {
        assertEquals("μ AND opioid", LuceneQuery.exact("μ-opioid"));
        assertEquals("grin2b", LuceneQuery.exact("GRIN2B"));
    }
}
