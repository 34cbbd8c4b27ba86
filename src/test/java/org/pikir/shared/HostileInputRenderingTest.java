package org.pikir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * User text is rendered as text: no view builds markup from strings, so a stored {@code <script>} can only ever be
 * shown as characters (Vaadin sets text content). The browser check of the same is in HostileInputHttpE2ETest.
 */
class HostileInputRenderingTest {

    // Html components, innerHTML, and executing strings in the page are the ways a string becomes markup or code.
    // The script of executeJs must be a literal or a constant (UPPER_CASE name; values go in as its parameters).
    private static final Pattern MARKUP_SINK = Pattern.compile(
            "com\\.vaadin\\.flow\\.component\\.Html\\b|new Html\\(|innerHTML|outerHTML|insertAdjacentHTML"
                    + "|executeJs\\((?!\"|$|[A-Z][A-Z0-9_]*\\s*[,)])");

    @Test
    void noViewTurnsAStringIntoMarkup() throws IOException {
        List<String> sinks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (MARKUP_SINK.matcher(lines.get(i)).find()) {
                        sinks.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(sinks).isEmpty();
    }
}
