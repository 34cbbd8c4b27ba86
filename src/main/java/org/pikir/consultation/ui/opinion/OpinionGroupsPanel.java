package org.pikir.consultation.ui.opinion;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pikir.consultation.OpinionGroupService;
import org.pikir.consultation.OpinionGroupService.CommentShare;
import org.pikir.consultation.OpinionGroupService.Group;
import org.pikir.consultation.OpinionGroupService.OpinionMap;
import org.pikir.country.CountryCode;
import org.pikir.shared.chart.ChartData;
import org.pikir.shared.chart.GroupMapPoint;
import org.pikir.shared.chart.SvgCharts;
import org.pikir.shared.i18n.DateFormats;
import org.pikir.shared.ui.chart.ChartPanel;

/**
 * Opinion groups of a draft as the last background computation left them: when, from how many people, a map of
 * voters coloured by group (an image with its table beside it), what unites all groups, what sets each apart. An
 * empty state says why there are no groups yet. Comments are user text, shown as text with their language.
 */
public class OpinionGroupsPanel extends Div {

    /**
     * @param map      the stored groups (empty: never computed)
     * @param titleKey translation key of the section heading
     */
    public OpinionGroupsPanel(Optional<OpinionMap> map, String titleKey) {
        setId("opinion-groups");
        addClassName("opinion-groups");
        add(new H2(getTranslation(titleKey)));
        if (map.isEmpty() || !map.get().hasGroups()) {
            Paragraph empty =
                    new Paragraph(getTranslation("consultation.opinion.empty", OpinionGroupService.MIN_GROUP_SIZE * 2));
            empty.setId("opinion-groups-empty");
            add(empty);
            map.ifPresent(m -> add(computed(m)));
            return;
        }
        OpinionMap m = map.get();
        add(computed(m));
        add(new Paragraph(getTranslation("consultation.opinion.explain")));
        add(chart(m));
        add(unites(m));
        add(divides(m));
    }

    private Paragraph computed(OpinionMap m) {
        Paragraph p = new Paragraph(getTranslation(
                "consultation.opinion.computed",
                DateFormats.dateTime(locale(), zone(m.country())).format(m.computedAt()),
                m.participants(),
                m.votes()));
        p.setId("opinion-groups-computed");
        return p;
    }

    private Div chart(OpinionMap m) {
        List<String> names = m.groups().stream().map(this::groupName).toList();
        List<GroupMapPoint> points = m.points().stream()
                .map(p -> new GroupMapPoint(p.x(), p.y(), p.group()))
                .toList();
        String title = getTranslation("consultation.opinion.map");
        ChartData data = new ChartData(
                names,
                List.of(
                        new ChartData.Series(
                                getTranslation("consultation.opinion.members"),
                                m.groups().stream().map(g -> (double) g.size()).toList()),
                        new ChartData.Series(
                                getTranslation("consultation.opinion.shareOfParticipants"),
                                m.groups().stream()
                                        .map(g -> 100.0 * g.size() / Math.max(1, m.participants()))
                                        .toList())));
        NumberFormat integer = NumberFormat.getIntegerInstance(locale());
        ChartPanel panel = new ChartPanel(
                title,
                SvgCharts.groupMap(points, names, title),
                data,
                getTranslation("consultation.opinion.group"),
                integer::format,
                "—",
                "opinion-groups.csv");
        panel.setId("opinion-groups-map");
        return panel;
    }

    private Div unites(OpinionMap m) {
        Div box = new Div(new H3(getTranslation("consultation.opinion.unites")));
        box.setId("opinion-groups-consensus");
        if (m.consensus().isEmpty()) {
            box.add(new Paragraph(getTranslation("consultation.opinion.noConsensus")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (CommentShare c : m.consensus()) {
            list.add(item(c, getTranslation("consultation.opinion.consensusShare", percent(c.groupAgree()))));
        }
        box.add(list);
        return box;
    }

    private Div divides(OpinionMap m) {
        Div box = new Div(new H3(getTranslation("consultation.opinion.divides")));
        box.setId("opinion-groups-divides");
        for (Group g : m.groups()) {
            Div group = new Div(new H4(getTranslation("consultation.opinion.groupHeading", g.number(), g.size())));
            group.setId("opinion-group-" + g.number());
            group.addClassName("opinion-group");
            if (g.distinguishing().isEmpty()) {
                group.add(new Paragraph(getTranslation("consultation.opinion.noDistinguishing")));
            } else {
                UnorderedList list = new UnorderedList();
                for (CommentShare c : g.distinguishing()) {
                    list.add(item(
                            c,
                            getTranslation(
                                    "consultation.opinion.groupShare",
                                    percent(c.groupAgree()),
                                    percent(c.othersAgree()))));
                }
                group.add(list);
            }
            box.add(group);
        }
        return box;
    }

    private ListItem item(CommentShare c, String share) {
        Span text = new Span(c.body());
        text.addClassName("pikir-user-text");
        text.getElement().setAttribute("lang", c.language());
        // on a line of its own: run on after the comment's last word it read as part of the citizen's text
        Div figure = new Div(share);
        figure.addClassName("opinion-share");
        ListItem li = new ListItem(text, figure);
        li.addClassName("opinion-comment");
        return li;
    }

    private static ZoneId zone(CountryCode country) {
        return switch (country) {
            case KZ -> ZoneId.of("Asia/Almaty");
            case UZ -> ZoneId.of("Asia/Tashkent");
            case KG -> ZoneId.of("Asia/Bishkek");
            case TJ -> ZoneId.of("Asia/Dushanbe");
            case TM -> ZoneId.of("Asia/Ashgabat");
        };
    }

    private String groupName(Group g) {
        return getTranslation("consultation.opinion.groupName", g.number());
    }

    private String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale());
        return f.format(share);
    }

    private Locale locale() {
        return getUI().map(ui -> ui.getLocale())
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null
                        ? Locale.ENGLISH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }
}
