package org.mechgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.model.EffectType;

/**
 * The path form offers what {@code GET /api/paths} accepts, no more and no less: read from the page's files, so a new
 * effect type or entity label cannot be missing from the form unnoticed.
 */
class PathFilterChoicesTest {

    private static final Path WEB = Path.of("web");

    private static List<String> boxes(String html, String name) {
        return Pattern.compile("<input type=\"checkbox\" name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html)
                .results().map(m -> m.group(1)).sorted().toList();
    }

    @Test
    void theRelationBoxesAreTheEffectTypesAsTheApiNamesThem() throws IOException {
        String html = Files.readString(WEB.resolve("index.html"));
        assertEquals(Arrays.stream(EffectType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                boxes(html, "relation"));
    }

    @Test
    void theTypeBoxesAreTheEntityLabels() throws IOException {
        String html = Files.readString(WEB.resolve("index.html"));
        assertEquals(EntityRef.LABELS.stream().sorted().toList(), boxes(html, "type"));
    }

    /** A type in a link is written as its label (type=receptor reads as Receptor) from the script's list of labels. */
    @Test
    void theScriptsListOfLabelsIsTheEntityLabels() throws IOException {
        String js = Files.readString(WEB.resolve("js/graphStyle.js"));
        var list = Pattern.compile("NODE_TYPES = \\[([^\\]]+)]").matcher(js);
        assertTrue(list.find(), "graphStyle.js declares NODE_TYPES");
        List<String> labels = Pattern.compile("'([^']+)'").matcher(list.group(1)).results().map(m -> m.group(1))
                .sorted().toList();
        assertEquals(EntityRef.LABELS.stream().sorted().toList(), labels);
    }
}
