package org.mechgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The Markdown a benchmark run writes: a heading that says on what, when and at which commit it ran, then one section
 * per measurement, each with the load averages while it ran. Written again after each section, so a run that fails
 * half-way still leaves what it measured.
 */
final class Report {

    private final StringBuilder text = new StringBuilder();
    private final Path file;

    Report(Path file, String title, String intro) {
        this.file = file;
        text.append("# ").append(title).append("\n\n")
                .append("- **Date**: ").append(ZonedDateTime.now(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append('\n')
                .append("- **Commit**: ").append(Machine.commit()).append('\n')
                .append("- **Machine**: ").append(Machine.describe()).append('\n')
                .append("- **Load averages** (1, 5, 15 min) at the start: ").append(Machine.load())
                .append(" — the machine is shared with other work, so latencies are noisy; each section gives the load")
                .append(" while it ran\n\n")
                .append(intro.strip()).append("\n\n");
    }

    /** A section: its title, what it measured, and its figures (a table or lines), with the load after it. */
    void section(String title, String what, String figures) throws IOException {
        text.append("## ").append(title).append("\n\n");
        if (!what.isBlank()) {
            text.append(what.strip()).append("\n\n");
        }
        text.append(figures.strip()).append("\n\n")
                .append("Load averages after this section: ").append(Machine.load()).append(".\n\n");
        write();
    }

    void write() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text.toString());
    }
}
