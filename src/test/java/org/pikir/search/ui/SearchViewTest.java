package org.pikir.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pikir.account.Role;
import org.pikir.country.CountryCode;
import org.pikir.search.SearchKind;
import org.pikir.search.SearchService;
import org.pikir.search.SearchTestSupport;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The search page, browserless, on the real index and database. */
class SearchViewTest extends KaribuTest {

    @Autowired
    SearchTestSupport index;

    @Autowired
    SearchService search;

    @Test
    void queryAndFiltersComeFromTheUrlAndHitsShowTranslatedFactsLinksAndEmphasisedWords() {
        String tag = tag();
        index.put(
                SearchKind.COMMENT,
                tag + "a",
                "KZ",
                "ru",
                null,
                "О регистрации мигрантов",
                "Срок регистрации слишком короткий, нужно <b>пятнадцать</b> дней " + tag,
                "consultations/7?article=2",
                Instant.parse("2026-04-20T10:00:00Z"));
        index.put(
                SearchKind.PETITION,
                tag + "b",
                "KZ",
                "ru",
                "Петиция о регистрации",
                null,
                "Просим упростить регистрацию " + tag,
                "petition/9",
                Instant.parse("2026-03-01T10:00:00Z"));
        index.put(
                SearchKind.COMMENT,
                tag + "c",
                "UZ",
                "ru",
                null,
                "Другой закон",
                "Регистрация " + tag,
                "consultations/8",
                Instant.parse("2026-04-21T10:00:00Z"));

        open("q=" + tag + "&country=KZ&type=comment&lang=ru&from=2026-04-01&to=2026-04-30");

        assertThat(_get(TextField.class, spec -> spec.withId("search-query")).getValue())
                .isEqualTo(tag);
        assertThat(select("search-country").getValue()).isEqualTo(CountryCode.KZ);
        assertThat(select("search-type").getValue()).isEqualTo(SearchKind.COMMENT);
        assertThat(select("search-lang").getValue()).isEqualTo("ru");
        assertThat(_get(DatePicker.class, spec -> spec.withId("search-from")).getValue())
                .isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(summary()).isEqualTo("Results: 1 (page 1)");
        Div hit = _get(Div.class, spec -> spec.withId("search-hit-0"));
        assertThat(hit.getElement().getTextRecursively()).contains("Comment", "Kazakhstan", "Russian", "Apr 20, 2026");
        Anchor link = _get(Anchor.class, spec -> spec.withId("search-hit-link-0"));
        assertThat(link.getHref()).isEqualTo("consultations/7?article=2");
        assertThat(link.getText()).isEqualTo("Comment on “О регистрации мигрантов”");
        assertThat(_find(hit, Span.class, spec -> spec.withClasses("search-match")))
                .extracting(Span::getText)
                .containsExactly(tag);
        // The citizen's markup is text, never HTML.
        assertThat(_find(Html.class)).isEmpty();
        assertThat(_find(hit, Paragraph.class, spec -> spec.withClasses("search-snippet"))
                        .getFirst()
                        .getElement()
                        .getTextRecursively())
                .contains("<b>пятнадцать</b>");
        assertThat(_find(Button.class, spec -> spec.withId("search-rebuild"))).isEmpty();
    }

    @Test
    void searchingPutsTheQueryIntoTheUrlAndPagesThroughResults() {
        String tag = tag();
        for (int i = 0; i < 25; i++) {
            index.put(
                    SearchKind.COMMENT,
                    tag + i,
                    "KG",
                    "en",
                    null,
                    "Housing law",
                    "Comment number " + i + " " + tag,
                    "consultations/3",
                    Instant.parse("2026-04-01T10:00:00Z").plusSeconds(i));
        }
        navigate("search");
        assertThat(summary()).startsWith("Search draft laws");
        _get(TextField.class, spec -> spec.withId("search-query")).setValue(tag);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("search-go")));

        assertThat(location()).isEqualTo("search?q=" + tag);
        assertThat(summary()).isEqualTo("Results: 25 (page 1)");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-hit-title")))
                .hasSize(20);
        assertThat(_find(Button.class, spec -> spec.withId("search-previous"))).isEmpty();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("search-next")));
        assertThat(location()).isEqualTo("search?q=" + tag + "&page=2");
        assertThat(summary()).isEqualTo("Results: 25 (page 2)");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-hit-title")))
                .hasSize(5);
        assertThat(_find(Button.class, spec -> spec.withId("search-next"))).isEmpty();
    }

    @Test
    void emptyInvalidAndUnmatchedQueriesGetTranslatedMessages() {
        useLanguage("ru");
        navigate("search");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("search-go")));
        TextField query = _get(TextField.class, spec -> spec.withId("search-query"));
        assertThat(query.isInvalid()).isTrue();
        assertThat(query.getErrorMessage()).isEqualTo("Введите хотя бы одно слово для поиска.");

        open("q=%2B-*");
        assertThat(_get(TextField.class, spec -> spec.withId("search-query")).getErrorMessage())
                .isEqualTo("Введите слова или числа, а не только знаки препинания.");

        open("q=" + tag());
        assertThat(summary()).isEqualTo("Ничего не найдено.");

        useLanguage("kk");
        open("q=x&from=2026-05-01&to=2026-04-01");
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("search-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Аяқталу күні басталу күнінен ерте болмауы керек.");
    }

    @Test
    void administratorsRebuildTheIndexInTheBackgroundAndSeeTheResultPushed() throws Exception {
        String tag = tag();
        index.put(
                SearchKind.PETITION,
                tag,
                "TM",
                "en",
                "Kept by the rebuild?",
                null,
                "Text " + tag,
                "petition/1",
                Instant.parse("2026-04-01T10:00:00Z"));
        login(accounts.withRoles(EnumSet.of(Role.ADMIN)));
        navigate("search");
        Button rebuild = _get(Button.class, spec -> spec.withId("search-rebuild"));
        ButtonKt._click(rebuild);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (search.rebuildStatus().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Span.class, spec -> spec.withId("search-rebuild-status"))
                        .getText())
                .startsWith("Search index rebuilt:");
        assertThat(rebuild.isEnabled()).isTrue();
        // A document no module publishes does not survive a rebuild from the database.
        TestUsers.signOut();
        open("q=" + tag);
        assertThat(summary()).isEqualTo("Nothing found.");
    }

    /** Opens the search page with a query string, as a shared link would. */
    private static void open(String query) {
        UI.getCurrent().navigate("search", QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("search-summary")).getText();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String tag() {
        return "v" + Long.toString(System.nanoTime(), 36);
    }
}
