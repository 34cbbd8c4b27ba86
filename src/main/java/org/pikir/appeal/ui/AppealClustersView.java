package org.pikir.appeal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pikir.appeal.AppealClusterService;
import org.pikir.appeal.AppealClusterService.AgencyClusters;
import org.pikir.appeal.AppealClusterService.AppealCampaign;
import org.pikir.appeal.AppealClusterService.AppealTopic;
import org.pikir.appeal.AppealClusterService.Member;
import org.pikir.appeal.AppealClusterService.ReclusterStatus;
import org.pikir.appeal.AppealClusterService.RunInfo;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.Roles;
import org.pikir.shared.i18n.DateFormats;
import org.pikir.shared.ui.Feedback;

/**
 * The agency's appeals grouped the way analysis sees them: form-letter campaigns first (largest first), then
 * topics, each opening to its appeals; with a re-analysis that runs in the background.
 */
@Route("appeals/clusters")
@Menu(title = "nav.appealclusters", order = 26, icon = "vaadin:cluster")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class AppealClustersView extends Div implements HasDynamicTitle {

    /** Members listed at most in a campaign or topic before the grid scrolls. */
    private static final int ROWS_SHOWN = 12;

    private final AppealClusterService service;
    private final CountryService countries;
    private final Map<CountryCode, ZoneId> zones = new EnumMap<>(CountryCode.class);
    private final Div content = new Div();
    private final Button reanalyse = new Button();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span status = new Span();
    private Registration poll;
    private UI pollingUi;
    private ZoneId zone = ZoneId.of("UTC");

    public AppealClustersView(AppealClusterService service, CountryService countries) {
        this.service = service;
        this.countries = countries;
        addClassName("pikir-page");
        add(new H1(getTranslation("appealclusters.title")));
        Paragraph intro = new Paragraph(getTranslation("appealclusters.intro"));
        intro.addClassName("pikir-muted");
        add(
                intro,
                new Div(new RouterLink(
                        getTranslation("appealclusters.backToInbox"), org.pikir.appeal.ui.InboxView.class)));
        add(controls());
        content.setId("clusters-content");
        add(content);
        addDetachListener(e -> stopWatching());
        render(service.clusters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appealclusters.title");
    }

    private HorizontalLayout controls() {
        reanalyse.setText(getTranslation("appealclusters.reanalyse"));
        reanalyse.setId("clusters-reanalyse");
        reanalyse.addClickListener(click -> watch(service.recluster()));
        progress.setVisible(false);
        progress.setWidth("200px");
        progress.getElement().setAttribute("aria-label", getTranslation("appealclusters.reanalyse"));
        status.setId("clusters-status");
        status.getElement().setAttribute("role", "status");
        HorizontalLayout row = new HorizontalLayout(reanalyse, progress, status);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private void render(AgencyClusters clusters) {
        content.removeAll();
        zone = clusters.zone();
        clusters.latestRun()
                .ifPresentOrElse(this::showRun, () -> status.setText(getTranslation("appealclusters.neverAnalysed")));
        H2 campaignsHeading = new H2(
                getTranslation("appealclusters.campaigns", clusters.campaigns().size()));
        content.add(campaignsHeading);
        if (clusters.campaigns().isEmpty()) {
            content.add(empty("clusters-no-campaigns", "appealclusters.noCampaigns"));
        }
        for (AppealCampaign c : clusters.campaigns()) {
            content.add(campaign(c));
        }
        content.add(
                new H2(getTranslation("appealclusters.topics", clusters.topics().size())));
        if (clusters.topics().isEmpty()) {
            content.add(empty("clusters-no-topics", "appealclusters.noTopics"));
        }
        for (AppealTopic t : clusters.topics()) {
            content.add(topic(t));
        }
    }

    private void showRun(RunInfo run) {
        if (run.running()) {
            watch(run.id());
        } else if (run.failed()) {
            status.setText(getTranslation("appealclusters.failed"));
        } else {
            status.setText(getTranslation("appealclusters.lastAnalysed", dateTime(run.finishedAt())));
        }
    }

    /** Polls a background run once a second until it ends, then shows the fresh result; the UI stays usable. */
    private void watch(long run) {
        if (poll != null) {
            return;
        }
        UI ui = UI.getCurrent();
        pollingUi = ui;
        reanalyse.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(getTranslation("appealclusters.running", 0));
        ui.setPollInterval(1000);
        poll = ui.addPollListener(tick -> {
            ReclusterStatus now = service.reclusterStatus(run);
            progress.setValue(now.percent());
            status.setText(getTranslation("appealclusters.running", now.percent()));
            if (now.finished()) {
                stopWatching();
                if (now.failed()) {
                    status.setText(getTranslation("appealclusters.failed"));
                } else {
                    render(service.clusters());
                    Feedback.success(getTranslation("appealclusters.done"));
                }
            }
        });
    }

    private void stopWatching() {
        if (poll != null) {
            poll.remove();
            poll = null;
            pollingUi.setPollInterval(-1);
        }
        progress.setVisible(false);
        reanalyse.setEnabled(true);
    }

    private Details campaign(AppealCampaign c) {
        Div body = new Div();
        Paragraph template = new Paragraph(c.template());
        template.addClassName("pikir-user-text");
        template.addClassName("clusters-template");
        body.add(labelled("appealclusters.template", template));
        body.add(new Paragraph(getTranslation(
                "appealclusters.campaignFacts",
                dateTime(c.firstSeen()),
                dateTime(c.lastSeen()),
                c.languages().stream().map(this::language).collect(Collectors.joining(", ")))));
        if (!c.additions().isEmpty()) {
            UnorderedList additions = new UnorderedList();
            additions.addClassName("clusters-additions");
            for (String a : c.additions()) {
                ListItem item = new ListItem(a);
                item.addClassName("pikir-user-text");
                additions.add(item);
            }
            body.add(labelled("appealclusters.additions", additions));
        }
        body.add(answerLink("campaign", c.key()));
        Details details = new Details(summary(getTranslation("appealclusters.campaign", c.size()), c.template()), body);
        details.setId("clusters-campaign-" + c.key());
        details.addClassName("clusters-campaign");
        lazyMembers(details, body, c.members());
        return details;
    }

    private Details topic(AppealTopic t) {
        Div body = new Div(answerLink("topic", t.key()));
        Details details = new Details(summary(getTranslation("appealclusters.topic", t.size()), t.label()), body);
        details.setId("clusters-topic-" + t.key());
        details.addClassName("clusters-topic");
        lazyMembers(details, body, t.members());
        return details;
    }

    /** Publishing one public answer for the whole group, prefilled from it. */
    private Div answerLink(String kind, String key) {
        RouterLink link = new RouterLink(getTranslation("appeal.answers.fromGroup"), PublicAnswerEditView.class);
        link.setQueryParameters(com.vaadin.flow.router.QueryParameters.of(kind, key));
        link.setId("clusters-answer-" + kind + "-" + key);
        link.addClassName("clusters-answer-link");
        return new Div(link);
    }

    /** The members' grid is built when the group is first opened: an agency may have hundreds of groups. */
    private void lazyMembers(Details details, Div body, List<Member> members) {
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && body.getChildren().noneMatch(Grid.class::isInstance)) {
                body.add(members(members));
            }
        });
    }

    private Grid<Member> members(List<Member> members) {
        Grid<Member> grid = new Grid<>();
        grid.addClassName("clusters-members");
        grid.addComponentColumn(m -> new RouterLink(
                        m.number(), AppealDetailView.class, new RouteParameters("id", String.valueOf(m.appealId()))))
                .setHeader(getTranslation("appeal.col.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Member::subject)
                .setHeader(getTranslation("appeal.col.subject"))
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation("appeal.status." + m.status().name()))
                .setHeader(getTranslation("appeal.col.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> date(m.dueAt(), m.country()))
                .setHeader(getTranslation("appeal.col.due"))
                .setAutoWidth(true);
        grid.addColumn(m -> language(m.language()))
                .setHeader(getTranslation("appeal.col.language"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(m -> m.overdue() ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(members);
        if (members.size() <= ROWS_SHOWN) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
        return grid;
    }

    private static Component summary(String count, String text) {
        Span size = new Span(count);
        size.addClassName("clusters-size");
        Span label = new Span(abbreviate(text));
        label.addClassName("pikir-user-text");
        HorizontalLayout row = new HorizontalLayout(size, label);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Div labelled(String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("pikir-muted");
        return new Div(label, value);
    }

    private Paragraph empty(String id, String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId(id);
        p.addClassName("pikir-muted");
        return p;
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 119) + "…";
    }

    private String language(String code) {
        String text = getTranslation("appeal.language." + (code == null ? "und" : code));
        return text.startsWith("!") ? code : text;
    }

    private String date(Instant instant, CountryCode country) {
        if (instant == null) {
            return "";
        }
        return DateFormats.date(getLocale(), zone(country)).format(instant);
    }

    /** Run and campaign times in the agency's zone. */
    private String dateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateFormats.dateTime(getLocale(), zone).format(instant);
    }

    private ZoneId zone(CountryCode country) {
        return zones.computeIfAbsent(
                country, c -> countries.country(c).map(Country::getZone).orElse(ZoneId.of("UTC")));
    }
}
