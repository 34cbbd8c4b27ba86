package org.pikir.consideration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pikir.consideration.AccountabilityMetrics;
import org.pikir.consideration.Metrics;
import org.pikir.consideration.MetricsScope;
import org.pikir.consideration.Outcome;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.DraftFilter;
import org.pikir.consultation.ConsultationQueries.DraftSummary;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.chart.ChartData;
import org.pikir.shared.chart.SvgCharts;
import org.pikir.shared.ui.chart.ChartPanel;

/** Public accountability dashboard: how comments were considered, per draft, agency or country and period. */
@Route("accountability")
@Menu(title = "nav.consideration.dashboard", order = 55, icon = "vaadin:chart")
@AnonymousAllowed
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountabilityMetrics metrics;
    private final ConsultationQueries consultations;
    private final CountryService countries;
    private final Select<MetricsScope.Kind> kind = new Select<>();
    private final Select<CountryCode> country = new Select<>();
    private final ComboBox<Agency> agency = new ComboBox<>();
    private final ComboBox<DraftSummary> draft = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div results = new Div();
    private boolean loading;

    public DashboardView(
            AccountabilityMetrics metrics, ConsultationQueries consultations, CountryService countries, Clock clock) {
        this.metrics = metrics;
        this.consultations = consultations;
        this.countries = countries;
        addClassName("pikir-page");
        add(
                new H1(getTranslation("consideration.dashboard.title")),
                new Paragraph(getTranslation("consideration.dashboard.intro")));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        from.setValue(today.minusYears(1));
        to.setValue(today);
        kind.setValue(MetricsScope.Kind.ALL);
        add(controls());
        results.setId("dashboard-results");
        add(results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        loading = true;
        try {
            first(q, "country")
                    .flatMap(c -> {
                        try {
                            return Optional.of(CountryCode.valueOf(c));
                        } catch (IllegalArgumentException e) {
                            return Optional.empty();
                        }
                    })
                    .ifPresent(c -> {
                        kind.setValue(MetricsScope.Kind.COUNTRY);
                        country.setValue(c);
                    });
            first(q, "draft").filter(s -> s.matches("\\d{1,18}")).ifPresent(s -> {
                long id = Long.parseLong(s);
                draft.setItems(consultations.search(new DraftFilter(null, null, null, null, null, null), 0, 200));
                consultations.search(new DraftFilter(null, null, null, null, null, null), 0, 200).stream()
                        .filter(d -> d.id() == id)
                        .findFirst()
                        .ifPresent(d -> {
                            kind.setValue(MetricsScope.Kind.DRAFT);
                            draft.setValue(d);
                        });
            });
        } finally {
            loading = false;
        }
        refresh();
    }

    private static Optional<String> first(QueryParameters q, String name) {
        List<String> values = q.getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private HorizontalLayout controls() {
        kind.setLabel(getTranslation("consideration.dashboard.scope"));
        kind.setItems(MetricsScope.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("consideration.dashboard.scope." + k.name()));
        kind.setId("dashboard-scope");
        country.setLabel(getTranslation("consideration.dashboard.country"));
        country.setItems(CountryCode.values());
        country.setItemLabelGenerator(c -> c == null
                ? ""
                : countries
                        .country(c)
                        .map(x -> x.getName().in(ConsiderationFormat.locale(this)))
                        .orElse(c.name()));
        country.setValue(CountryCode.KZ);
        agency.setLabel(getTranslation("consideration.dashboard.agency"));
        agency.setItemLabelGenerator(a -> a.getName().in(ConsiderationFormat.locale(this)));
        agency.setItems(countries.agencies(CountryCode.KZ));
        draft.setLabel(getTranslation("consideration.dashboard.draft"));
        draft.setItemLabelGenerator(d -> ConsiderationFormat.text(this, d.title()));
        draft.setItems(consultations.search(new DraftFilter(CountryCode.KZ, null, null, null, null, null), 0, 200));
        draft.setId("dashboard-draft");
        draft.setWidth("24rem");
        from.setLabel(getTranslation("consideration.dashboard.from"));
        to.setLabel(getTranslation("consideration.dashboard.to"));
        country.addValueChangeListener(e -> {
            if (e.getValue() != null && !loading) {
                agency.setItems(countries.agencies(e.getValue()));
                draft.setItems(
                        consultations.search(new DraftFilter(e.getValue(), null, null, null, null, null), 0, 200));
            }
            refresh();
        });
        agency.addValueChangeListener(e -> {
            if (e.getValue() != null && !loading) {
                draft.setItems(consultations.search(
                        new DraftFilter(null, e.getValue().getId(), null, null, null, null), 0, 200));
            }
            refresh();
        });
        kind.addValueChangeListener(e -> refresh());
        draft.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout row = new HorizontalLayout(kind, country, agency, draft, from, to);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        row.addClassName("pikir-no-print");
        return row;
    }

    private Optional<MetricsScope> scope() {
        return switch (kind.getValue() == null ? MetricsScope.Kind.ALL : kind.getValue()) {
            case ALL -> Optional.of(MetricsScope.all());
            case COUNTRY -> Optional.ofNullable(country.getValue()).map(MetricsScope::country);
            case AGENCY -> Optional.ofNullable(agency.getValue()).map(a -> MetricsScope.agency(a.getId()));
            case DRAFT -> Optional.ofNullable(draft.getValue()).map(d -> MetricsScope.draft(d.id()));
        };
    }

    private void refresh() {
        if (loading) {
            return;
        }
        MetricsScope.Kind k = kind.getValue();
        country.setVisible(
                k == MetricsScope.Kind.COUNTRY || k == MetricsScope.Kind.AGENCY || k == MetricsScope.Kind.DRAFT);
        agency.setVisible(k == MetricsScope.Kind.AGENCY);
        draft.setVisible(k == MetricsScope.Kind.DRAFT);
        results.removeAll();
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("consideration.dashboard.invalidPeriod"));
            to.setInvalid(true);
            return;
        }
        Optional<MetricsScope> scope = scope();
        if (scope.isEmpty()) {
            return;
        }
        Metrics m = metrics.compute(
                scope.get(),
                from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        render(m);
    }

    private void render(Metrics m) {
        Div cards = new Div();
        cards.addClassName("pikir-cards");
        cards.add(
                card("considered", "consideration.dashboard.considered", ratio(m.considered(), m.comments())),
                card(
                        "distinct",
                        "consideration.dashboard.consideredDistinct",
                        ratio(m.distinctConsidered(), m.distinctTexts())),
                card("median", "consideration.dashboard.medianTime", hours(m.medianHoursToDecision())),
                card("p90", "consideration.dashboard.p90Time", hours(m.p90HoursToDecision())),
                card(
                        "before-next",
                        "consideration.dashboard.beforeNextVersion",
                        ratio(m.decidedBeforeNextVersion(), m.withNextVersion())),
                card(
                        "traceability",
                        "consideration.dashboard.traceability",
                        ratio(m.acceptedReflected(), m.acceptedWithNextVersion())),
                card("campaigns", "consideration.dashboard.campaigns", String.valueOf(m.campaigns())),
                card(
                        "campaign-share",
                        "consideration.dashboard.campaignShare",
                        ratio(m.campaignComments(), m.comments())));
        results.add(cards);

        List<String> outcomeNames = new ArrayList<>();
        List<Double> outcomeValues = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            outcomeNames.add(ConsiderationFormat.outcome(this, o));
            outcomeValues.add((double) m.outcomes().getOrDefault(o, 0L));
        }
        results.add(barChart("consideration.dashboard.outcomes", outcomeNames, outcomeValues, "outcomes"));
        results.add(barChart(
                "consideration.dashboard.commentLanguages",
                languageNames(m.commentLanguages()),
                values(m.commentLanguages()),
                "comment-languages"));
        results.add(barChart(
                "consideration.dashboard.answerLanguages",
                languageNames(m.answerLanguages()),
                values(m.answerLanguages()),
                "answer-languages"));
        ChartData trend = new ChartData(
                m.trend().stream().map(w -> w.week().toString()).toList(),
                List.of(
                        new ChartData.Series(
                                getTranslation("consideration.dashboard.trend.comments"),
                                m.trend().stream()
                                        .map(w -> (double) w.comments())
                                        .toList()),
                        new ChartData.Series(
                                getTranslation("consideration.dashboard.trend.decided"),
                                m.trend().stream()
                                        .map(w -> (double) w.decided())
                                        .toList())));
        String trendTitle = getTranslation("consideration.dashboard.trend");
        ChartPanel trendPanel = new ChartPanel(
                trendTitle,
                SvgCharts.lines(trend, trendTitle),
                trend,
                getTranslation("consideration.dashboard.week"),
                this::integer,
                getTranslation("consideration.dashboard.none"),
                "consideration-trend.csv");
        trendPanel.setId("chart-trend");
        results.add(trendPanel);

        results.add(new H2(getTranslation("consideration.dashboard.redFlags")));
        Grid<Metrics.RedFlag> flags = new Grid<>();
        flags.setId("dashboard-red-flags");
        flags.addColumn(Metrics.RedFlag::draftId)
                .setHeader(getTranslation("consideration.dashboard.redFlags.draft"))
                .setAutoWidth(true);
        flags.addColumn(f -> f.articleNumber() == null ? "" : f.articleNumber())
                .setHeader(getTranslation("consideration.dashboard.redFlags.article"))
                .setAutoWidth(true);
        flags.addColumn(f -> ConsiderationFormat.outcome(this, f.outcome()))
                .setHeader(getTranslation("consideration.report.column.outcome"))
                .setAutoWidth(true);
        flags.addColumn(Metrics.RedFlag::excerpt)
                .setHeader(getTranslation("consideration.dashboard.redFlags.comment"))
                .setFlexGrow(3);
        flags.setItems(m.redFlags());
        flags.setAllRowsVisible(true);
        flags.setEmptyStateText(getTranslation("consideration.dashboard.redFlags.empty"));
        results.add(flags);
    }

    private Component barChart(String titleKey, List<String> categories, List<Double> values, String id) {
        String title = getTranslation(titleKey);
        ChartData data = new ChartData(
                categories, List.of(new ChartData.Series(getTranslation("consideration.dashboard.count"), values)));
        ChartPanel panel = new ChartPanel(
                title,
                SvgCharts.bars(data, title),
                data,
                title,
                this::integer,
                getTranslation("consideration.dashboard.none"),
                "consideration-" + id + ".csv");
        panel.setId("chart-" + id);
        return panel;
    }

    private List<String> languageNames(Map<String, Long> counts) {
        return counts.keySet().stream()
                .map(code -> ConsiderationFormat.language(this, code))
                .toList();
    }

    private static List<Double> values(Map<String, Long> counts) {
        return counts.values().stream().map(Long::doubleValue).toList();
    }

    private String integer(Double value) {
        return NumberFormat.getIntegerInstance(ConsiderationFormat.locale(this)).format(value);
    }

    private Div card(String id, String titleKey, String value) {
        Div card = new Div();
        card.addClassName("pikir-card");
        card.setId("metric-" + id);
        Div number = new Div(value);
        number.getStyle().set("font-size", "1.6rem").set("font-weight", "600");
        number.addClassName("metric-value");
        card.add(new H3(getTranslation(titleKey)), number);
        return card;
    }

    private String ratio(long part, long whole) {
        Double share = Metrics.share(part, whole);
        String counts = getTranslation("consideration.dashboard.ratio", part, whole);
        return share == null
                ? counts
                : NumberFormat.getPercentInstance(ConsiderationFormat.locale(this))
                                .format(share) + " (" + counts + ")";
    }

    private String hours(Double h) {
        if (h == null) {
            return getTranslation("consideration.dashboard.none");
        }
        NumberFormat f = NumberFormat.getNumberInstance(ConsiderationFormat.locale(this));
        f.setMaximumFractionDigits(1);
        return getTranslation("consideration.dashboard.hours", f.format(h));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consideration.dashboard.title");
    }
}
