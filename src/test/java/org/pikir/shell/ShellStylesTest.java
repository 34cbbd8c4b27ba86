package org.pikir.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lumo's utility sheet (35 KB, ~470 classes) is not loaded (issue 16): the LumoUtility classes the views use are
 * defined in styles/pikir.css. A view that starts using another one must add it there, or it silently has no effect.
 */
class ShellStylesTest {

    static final Path MAIN = Path.of("src", "main", "java");
    static final Path PIKIR_CSS = Path.of("src", "main", "resources", "META-INF", "resources", "styles", "pikir.css");
    static final Pattern USE = Pattern.compile("LumoUtility((?:\\.[A-Z][A-Za-z]*)+)\\.([A-Z][A-Z0-9_]*)\\b");

    @Test
    void everyLumoUtilityClassAViewUsesIsDefinedInPikirCss() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    used.addAll(Arrays.asList(
                            value(m.group(1).substring(1), m.group(2)).split(" ")));
                }
            }
        }
        assertThat(used).as("the views use LumoUtility classes").isNotEmpty();
        String css = Files.readString(PIKIR_CSS);
        for (String cssClass : used) {
            assertThat(css)
                    .as("styles/pikir.css defines .%s (used through LumoUtility)", cssClass)
                    .containsPattern("(?m)^\\." + Pattern.quote(cssClass) + "\\s*[{,]");
        }
    }

    @Test
    void theAppShellLoadsLumoButNotItsUtilitySheet() throws IOException {
        Set<String> sheets = new TreeSet<>();
        for (StyleSheet sheet : AppShell.class.getAnnotationsByType(StyleSheet.class)) {
            sheets.add(sheet.value());
        }
        assertThat(sheets).contains(Lumo.STYLESHEET, "styles/pikir.css").doesNotContain(Lumo.UTILITY_STYLESHEET);
    }

    /** The value of a constant such as LumoUtility.Margin.Vertical.MEDIUM, read by reflection. */
    static String value(String nested, String constant) throws ReflectiveOperationException {
        Class<?> type = LumoUtility.class;
        for (String name : nested.split("\\.")) {
            Class<?> inner = null;
            for (Class<?> candidate : type.getDeclaredClasses()) {
                if (candidate.getSimpleName().equals(name)) {
                    inner = candidate;
                }
            }
            assertThat(inner).as("LumoUtility.%s", nested).isNotNull();
            type = inner;
        }
        return (String) type.getField(constant).get(null);
    }
}
