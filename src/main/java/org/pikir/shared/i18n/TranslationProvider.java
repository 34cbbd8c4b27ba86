package org.pikir.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Serves every user-visible string from the feature bundles in {@code translations/} (packaged as
 * {@code vaadin-i18n/<feature>_<lang>.properties}). One file per feature keeps parallel work on features
 * from colliding in one huge file; keys are prefixed by feature so they never clash.
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final String LOCATION = "classpath*:vaadin-i18n/*_*.properties";
    private static final Pattern FILE = Pattern.compile("([a-z0-9-]+)_([a-z]{2})\\.properties");
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<UiLanguage, Map<String, String>> bundles;

    public TranslationProvider() {
        this.bundles = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLanguage.locales();
    }

    @Override
    public Locale getDefaultLocale() {
        return UiLanguage.FALLBACK.locale();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        UiLanguage language = UiLanguage.of(locale);
        String pattern = bundles.get(language).get(key);
        if (pattern == null) {
            log.warn("Missing translation key '{}' for {}", key, language.code());
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(params);
    }

    /** All keys known for a language; used by the translation-completeness tests. */
    public Set<String> keys(UiLanguage language) {
        return bundles.get(language).keySet();
    }

    private static Map<UiLanguage, Map<String, String>> load() {
        Map<UiLanguage, Map<String, String>> result = new HashMap<>();
        for (UiLanguage language : UiLanguage.values()) {
            result.put(language, new HashMap<>());
        }
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            for (Resource resource : resources) {
                Matcher matcher = FILE.matcher(resource.getFilename() == null ? "" : resource.getFilename());
                if (!matcher.matches()) {
                    continue;
                }
                UiLanguage.fromCode(matcher.group(2)).ifPresent(language -> read(resource, result.get(language)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translations", e);
        }
        return result;
    }

    private static void read(Resource resource, Map<String, String> into) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        properties.forEach((k, v) -> into.put((String) k, (String) v));
    }
}
