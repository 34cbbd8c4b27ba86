package org.pikir.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.country.ParticipationCounter;
import org.pikir.country.ParticipationKind;

/** The front page: what Pikir is, and the five countries with their indices and live activity. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(CountryService countries, List<ParticipationCounter> counters) {
        addClassName("pikir-page");
        add(new H1(getTranslation("home.title")));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        add(intro);
        add(new H2(getTranslation("home.countries")));

        Map<ParticipationKind, Map<CountryCode, Long>> counts = new EnumMap<>(ParticipationKind.class);
        for (ParticipationCounter counter : counters) {
            counts.put(counter.kind(), counter.countByCountry());
        }
        Div cards = new Div();
        cards.addClassName("pikir-cards");
        for (Country country : countries.countries()) {
            cards.add(card(country, counts));
        }
        add(cards);
        add(new H2(getTranslation("home.how.title")));
        add(new Paragraph(getTranslation("home.how.text")));
    }

    private Div card(Country country, Map<ParticipationKind, Map<CountryCode, Long>> counts) {
        NumberFormat decimals = NumberFormat.getNumberInstance(getLocale());
        decimals.setMinimumFractionDigits(4);
        decimals.setMaximumFractionDigits(4);
        NumberFormat integers = NumberFormat.getIntegerInstance(getLocale());
        Div card = new Div();
        card.addClassName("pikir-card");
        card.setId("country-card-" + country.getCode().name().toLowerCase());
        card.add(new H3(country.getName().in(getLocale())));
        card.add(line("home.card.egdi", decimals.format(country.getEgdi2022()), country.getEgdiRank2022()));
        card.add(line("home.card.epart", decimals.format(country.getEpart2022()), country.getEpartRank2022()));
        for (ParticipationKind kind : ParticipationKind.values()) {
            long value = counts.getOrDefault(kind, Map.of()).getOrDefault(country.getCode(), 0L);
            Div row = new Div(
                    new Span(getTranslation("home.card." + kind.key()) + ": "), new Span(integers.format(value)));
            row.addClassName("pikir-count");
            card.add(row);
        }
        return card;
    }

    private Div line(String key, Object... args) {
        Div div = new Div(getTranslation(key, args));
        div.addClassName("pikir-muted");
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.pageTitle");
    }
}
