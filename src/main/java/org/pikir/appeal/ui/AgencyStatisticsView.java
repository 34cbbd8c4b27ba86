package org.pikir.appeal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Map;
import org.pikir.appeal.AgencyStatistics;
import org.pikir.appeal.AppealStatisticsService;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.Feedback;

/** Received, answered, on time, overdue, median response time and rating of the official's agency. */
@Route("inbox/statistics")
@Menu(title = "nav.appeal.statistics", order = 26, icon = "vaadin:chart")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class AgencyStatisticsView extends Div implements HasDynamicTitle {

    private final AppealStatisticsService statistics;
    private final Div figures = new Div();

    public AgencyStatisticsView(AppealStatisticsService statistics) {
        this.statistics = statistics;
        addClassName("pikir-page");
        add(new H1(getTranslation("appeal.stats.title")));
        LocalDate today = statistics.today();
        DatePicker from = new DatePicker(getTranslation("appeal.stats.from"), today.minusDays(90));
        from.setId("stats-from");
        from.setLocale(getLocale());
        DatePicker to = new DatePicker(getTranslation("appeal.stats.to"), today);
        to.setId("stats-to");
        to.setLocale(getLocale());
        Button show = new Button(getTranslation("appeal.stats.show"), e -> show(from, to));
        show.setId("stats-show");
        HorizontalLayout period = new HorizontalLayout(from, to, show);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        figures.setId("stats-figures");
        figures.addClassName("pikir-cards");
        add(period, figures, new Paragraph(getTranslation("appeal.stats.note")));
        show(from, to);
    }

    private void show(DatePicker from, DatePicker to) {
        try {
            AgencyStatistics s = statistics.statistics(from.getValue(), to.getValue());
            from.setInvalid(false);
            to.setInvalid(false);
            NumberFormat integers = NumberFormat.getIntegerInstance(getLocale());
            NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
            decimal.setMaximumFractionDigits(1);
            decimal.setMinimumFractionDigits(1);
            figures.removeAll();
            figures.add(card("stats-received", "appeal.stats.received", integers.format(s.received())));
            figures.add(card("stats-answered", "appeal.stats.answered", integers.format(s.answered())));
            figures.add(card("stats-on-time", "appeal.stats.onTime", integers.format(s.onTime())));
            figures.add(card("stats-overdue", "appeal.stats.overdue", integers.format(s.overdue())));
            figures.add(card(
                    "stats-median",
                    "appeal.stats.median",
                    s.medianResponseDays() == null
                            ? getTranslation("appeal.stats.none")
                            : getTranslation("appeal.stats.medianValue", decimal.format(s.medianResponseDays()))));
            figures.add(card(
                    "stats-rating",
                    "appeal.stats.rating",
                    s.averageRating() == null
                            ? getTranslation("appeal.stats.none")
                            : getTranslation(
                                    "appeal.stats.ratingValue", decimal.format(s.averageRating()), s.ratings())));
            figures.add(card(
                    "stats-answered-before-asking",
                    "appeal.stats.answeredBeforeAsking",
                    integers.format(s.answeredBeforeAsking())));
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(this, e, Map.of("from", from, "to", to));
        }
    }

    private Div card(String id, String labelKey, String value) {
        H2 number = new H2(value);
        number.setId(id);
        Div card = new Div(number, new Div(getTranslation(labelKey)));
        card.addClassName("pikir-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.stats.title");
    }
}
