package org.pikir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;

/**
 * Every user-visible string exists in kk, ru and en: the bundles carry the same keys with no empty value,
 * and every literal key the code asks for exists.
 */
class TranslationCompletenessTest {

    private static final Path TRANSLATIONS = Path.of("translations");
    private static final Path SOURCES = Path.of("src/main/java");
    // getTranslation("key"…), Message.of("key"…), FieldErrors.add(field, "key"…), new DomainException("key"…)
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation|Message\\.of|DomainException|InvalidInputException\\.of|errors\\.add|\\.add|requireText|title)\\s*\\(?\\s*(?:\"[^\"]*\"\\s*,\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void everyFeatureBundleHasTheSameKeysInAllThreeLanguagesAndNoEmptyValue() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.list(TRANSLATIONS)) {
            english = files.filter(p -> p.getFileName().toString().endsWith("_en.properties"))
                    .sorted()
                    .toList();
        }
        assertThat(english).as("translation bundles").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path en : english) {
            Properties reference = load(en);
            for (UiLanguage language : UiLanguage.values()) {
                Path file = en.resolveSibling(en.getFileName().toString().replace("_en.", "_" + language.code() + "."));
                if (!Files.exists(file)) {
                    problems.add("missing file " + file);
                    continue;
                }
                Properties bundle = load(file);
                Set<String> missing = new TreeSet<>(reference.stringPropertyNames());
                missing.removeAll(bundle.stringPropertyNames());
                Set<String> extra = new TreeSet<>(bundle.stringPropertyNames());
                extra.removeAll(reference.stringPropertyNames());
                missing.forEach(k -> problems.add(file + ": missing " + k));
                extra.forEach(k -> problems.add(file + ": not in English bundle " + k));
                bundle.stringPropertyNames().stream()
                        .filter(k -> bundle.getProperty(k).isBlank())
                        .forEach(k -> problems.add(file + ": empty " + k));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.list(TRANSLATIONS)) {
            for (Path en : files.filter(p -> p.getFileName().toString().endsWith("_en.properties"))
                    .sorted()
                    .toList()) {
                for (String key : load(en).stringPropertyNames()) {
                    if (!seen.add(key)) {
                        duplicates.add(key + " (again in " + en.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExistsInEveryLanguage() throws IOException {
        TranslationProvider provider = new TranslationProvider();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("literal keys found in code").hasSizeGreaterThan(50);
        for (UiLanguage language : UiLanguage.values()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(provider.keys(language));
            missing.removeIf(TranslationCompletenessTest::notATranslationKey);
            assertThat(missing)
                    .as("keys used in code but missing in " + language.code())
                    .isEmpty();
        }
    }

    @Test
    void providerFormatsArgumentsPerLanguageAndFallsBackToEnglish() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("error.tooLong", UiLanguage.RU.locale(), 5000)
                        .replaceAll("\\p{Zs}", " "))
                .isEqualTo("Не более 5 000 символов.");
        assertThat(provider.getTranslation("nav.home", java.util.Locale.GERMAN)).isEqualTo("Home");
        assertThat(provider.getTranslation("nav.home", UiLanguage.KK.locale())).isEqualTo("Басты бет");
    }

    /** Literals that the pattern catches but are not translation keys (file names, packages, properties). */
    private static boolean notATranslationKey(String literal) {
        return literal.startsWith("org.")
                || literal.startsWith("com.")
                || literal.startsWith("spring.")
                || literal.startsWith("pikir.")
                || literal.startsWith("java.")
                || literal.startsWith("vaadin.")
                || literal.startsWith("hibernate.")
                || literal.endsWith(".properties")
                || literal.endsWith(".css")
                || literal.endsWith(".json")
                || literal.endsWith(".sql")
                || literal.endsWith(".txt")
                || literal.endsWith(".csv")
                || literal.endsWith(".pdf")
                || literal.endsWith(".png")
                || literal.endsWith(".html")
                || literal.endsWith(".md")
                || literal.endsWith(".jsonl")
                || literal.endsWith(".tsv")
                || literal.endsWith(".gz")
                || literal.endsWith(".jpg");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
