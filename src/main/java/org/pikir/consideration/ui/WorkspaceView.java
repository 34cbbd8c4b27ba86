package org.pikir.consideration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.pikir.consideration.CommentClusters.Addition;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consideration.ConsiderationQueries.AuditEntry;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.DecisionLevel;
import org.pikir.consideration.DecisionState;
import org.pikir.consideration.Workspace;
import org.pikir.consideration.Workspace.ArticleOption;
import org.pikir.consideration.Workspace.Group;
import org.pikir.consideration.Workspace.GroupKind;
import org.pikir.consideration.Workspace.Item;
import org.pikir.consultation.OpinionGroupService;
import org.pikir.consultation.ui.opinion.OpinionGroupsPanel;
import org.pikir.shared.DomainException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.Feedback;

/** The officials' workspace of one draft: campaigns, topics and comments as a tree, decided at any level. */
@Route("consideration/:draftId([0-9]{1,18})")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class WorkspaceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** A tree row: a group (item null) or a comment in it. */
    record Node(Group group, Item item) {

        boolean isGroup() {
            return item == null;
        }
    }

    private final ConsiderationQueries queries;
    private final ConsiderationService service;
    private final OpinionGroupService opinionGroups;
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final Select<ArticleOption> article = new Select<>();
    private final Select<String> language = new Select<>();
    private final Select<DecisionState> state = new Select<>();
    private final IntegerField minSize = new IntegerField();
    private final TextField text = new TextField();
    private final Paragraph notice = new Paragraph();
    private long draftId;
    private Workspace workspace;
    private String title = "";

    public WorkspaceView(
            ConsiderationQueries queries, ConsiderationService service, OpinionGroupService opinionGroups) {
        this.queries = queries;
        this.service = service;
        this.opinionGroups = opinionGroups;
        addClassName("pikir-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draftId = Long.parseLong(event.getRouteParameters().get("draftId").orElse("0"));
        try {
            workspace = queries.workspace(draftId, Workspace.Filter.NONE);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        } catch (DomainException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        title = getTranslation("consideration.workspace.title", ConsiderationFormat.text(this, workspace.title()));
        H1 heading = new H1(title);
        heading.setId("workspace-title");
        add(heading);
        add(reclusterControls());
        if (queries.reportAvailable(draftId)) {
            RouterLink report = new RouterLink(
                    getTranslation("consideration.workspace.report"),
                    ReportView.class,
                    new RouteParameters("draftId", String.valueOf(draftId)));
            report.setId("workspace-report-link");
            add(report);
        }
        notice.setText(getTranslation("consideration.workspace.unclustered"));
        notice.setId("workspace-unclustered-notice");
        notice.setVisible(!workspace.clustered());
        notice.addClassName("pikir-muted");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("consideration.workspace.tab.tree"), new Div(notice, filters(), configureTree()));
        tabs.add(getTranslation("consideration.workspace.tab.audit"), auditGrid());
        tabs.add(
                        getTranslation("consultation.opinion.considerationTitle"),
                        new OpinionGroupsPanel(
                                opinionGroups.forDraft(draftId), "consultation.opinion.considerationTitle"))
                .setId("workspace-tab-opinion");
        tabs.setWidthFull();
        add(tabs);
        showTree();
    }

    /** "Re-analyse comments": a background re-clustering with its progress, then the tree is reloaded. */
    private HorizontalLayout reclusterControls() {
        com.vaadin.flow.component.progressbar.ProgressBar progress =
                new com.vaadin.flow.component.progressbar.ProgressBar(0, 100);
        progress.setVisible(false);
        progress.setWidth("200px");
        com.vaadin.flow.component.html.Span status = new com.vaadin.flow.component.html.Span();
        status.setId("workspace-recluster-status");
        status.getElement().setAttribute("role", "status");
        com.vaadin.flow.component.button.Button start =
                new com.vaadin.flow.component.button.Button(getTranslation("consideration.workspace.recluster"));
        start.setId("workspace-recluster");
        start.addClickListener(click -> {
            long run = service.recluster(draftId);
            start.setEnabled(false);
            progress.setVisible(true);
            status.setText(getTranslation("consideration.workspace.reclusterRunning", 0));
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            ui.setPollInterval(1000);
            com.vaadin.flow.shared.Registration[] poll = new com.vaadin.flow.shared.Registration[1];
            poll[0] = ui.addPollListener(tick -> {
                ConsiderationService.ReclusterStatus now = service.reclusterStatus(draftId, run);
                progress.setValue(now.percent());
                status.setText(getTranslation("consideration.workspace.reclusterRunning", now.percent()));
                if (now.finished()) {
                    ui.setPollInterval(-1);
                    poll[0].remove();
                    if (now.failed()) {
                        status.setText(getTranslation("consideration.workspace.reclusterFailed"));
                        start.setEnabled(true);
                    } else {
                        workspace = queries.workspace(draftId, Workspace.Filter.NONE);
                        render();
                        org.pikir.shared.ui.Feedback.success(getTranslation("consideration.workspace.reclusterDone"));
                    }
                }
            });
        });
        HorizontalLayout row = new HorizontalLayout(start, progress, status);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        return row;
    }

    private HorizontalLayout filters() {
        article.setLabel(getTranslation("consideration.workspace.filter.article"));
        article.setItems(workspace.articles().stream()
                .filter(a -> a.version() == currentVersion())
                .toList());
        article.setEmptySelectionAllowed(true);
        article.setEmptySelectionCaption(getTranslation("consideration.workspace.filter.all"));
        article.setItemLabelGenerator(a -> a == null
                ? getTranslation("consideration.workspace.filter.all")
                : getTranslation("consideration.article.number", a.number(), a.version()));
        language.setLabel(getTranslation("consideration.workspace.filter.language"));
        language.setItems(workspace.groups().stream()
                .flatMap(g -> g.items().stream())
                .map(Item::language)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("consideration.workspace.filter.all"));
        language.setItemLabelGenerator(code -> code == null
                ? getTranslation("consideration.workspace.filter.all")
                : ConsiderationFormat.language(this, code));
        state.setLabel(getTranslation("consideration.workspace.filter.state"));
        state.setItems(DecisionState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("consideration.workspace.filter.all"));
        state.setItemLabelGenerator(s -> s == null
                ? getTranslation("consideration.workspace.filter.all")
                : getTranslation("consideration.state." + s.name()));
        state.setId("workspace-filter-state");
        minSize.setLabel(getTranslation("consideration.workspace.filter.minSize"));
        minSize.setMin(1);
        minSize.setStepButtonsVisible(true);
        text.setLabel(getTranslation("consideration.workspace.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("workspace-filter-text");
        article.addValueChangeListener(e -> reload());
        language.addValueChangeListener(e -> reload());
        state.addValueChangeListener(e -> reload());
        minSize.addValueChangeListener(e -> reload());
        text.addValueChangeListener(e -> reload());
        HorizontalLayout row = new HorizontalLayout(article, language, state, minSize, text);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private int currentVersion() {
        return workspace.articles().stream()
                .mapToInt(ArticleOption::version)
                .max()
                .orElse(1);
    }

    private TreeGrid<Node> configureTree() {
        tree.setId("workspace-tree");
        tree.addComponentHierarchyColumn(this::labelOf)
                .setHeader(getTranslation("consideration.workspace.column.group"))
                .setFlexGrow(4);
        tree.addColumn(n -> n.isGroup()
                        ? ""
                        : n.item().articleNumber() == null
                                ? getTranslation("consideration.workspace.general")
                                : n.item().articleNumber())
                .setHeader(getTranslation("consideration.workspace.column.article"))
                .setAutoWidth(true);
        tree.addColumn(n -> n.isGroup() ? String.valueOf(n.group().size()) : "")
                .setHeader(getTranslation("consideration.workspace.column.size"))
                .setAutoWidth(true);
        tree.addColumn(n -> n.isGroup()
                        ? ConsiderationFormat.languages(this, n.group().languages())
                        : ConsiderationFormat.language(this, n.item().language()))
                .setHeader(getTranslation("consideration.workspace.column.languages"))
                .setAutoWidth(true);
        tree.addColumn(n -> n.isGroup()
                        ? n.group().agree() + " / " + n.group().disagree()
                        : n.item().agree() + " / " + n.item().disagree())
                .setHeader(getTranslation("consideration.workspace.column.tallies"))
                .setAutoWidth(true);
        tree.addColumn(this::stateOf)
                .setHeader(getTranslation("consideration.workspace.column.state"))
                .setAutoWidth(true);
        tree.addComponentColumn(this::actionsOf).setKey("actions").setAutoWidth(true);
        tree.setItemDetailsRenderer(new ComponentRenderer<>(this::detailsOf));
        tree.setEmptyStateText(getTranslation("consideration.workspace.empty"));
        tree.setAllRowsVisible(true);
        return tree;
    }

    private Component labelOf(Node n) {
        if (n.isGroup()) {
            Group g = n.group();
            String kind = getTranslation("consideration.group." + g.kind().name());
            Span span = new Span(g.label() == null ? kind : kind + ": " + ConsiderationFormat.excerpt(g.label(), 120));
            span.getStyle().set("font-weight", "600");
            span.setId("group-" + (g.key() == null ? "unclustered" : g.key()));
            return span;
        }
        Span span = new Span(ConsiderationFormat.excerpt(n.item().body(), 160));
        span.addClassName("pikir-user-text");
        span.setId("comment-" + n.item().id());
        return span;
    }

    private String stateOf(Node n) {
        if (n.isGroup()) {
            String s = getTranslation(
                    "consideration.workspace.groupDecided",
                    n.group().decided(),
                    n.group().size());
            long own = n.group().needingOwnLook();
            return own == 0 ? s : s + " · " + getTranslation("consideration.workspace.needsOwnLook", own);
        }
        Item i = n.item();
        String s = ConsiderationFormat.outcome(this, i.outcome());
        if (i.via() != null && i.via() != DecisionLevel.COMMENT) {
            s += " (" + getTranslation("consideration.level." + i.via().name()) + ")";
        }
        return i.needsOwnLook() ? s + " · " + getTranslation("consideration.state.NEEDS_OWN_LOOK") : s;
    }

    private Component actionsOf(Node n) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (n.isGroup()) {
            Group g = n.group();
            if (g.kind() != GroupKind.UNCLUSTERED) {
                Button decide = new Button(
                        getTranslation("consideration.workspace.decide"),
                        e -> new DecisionDialog(
                                        g.label(),
                                        g.hasDecision(),
                                        workspace.articles(),
                                        form -> g.kind() == GroupKind.CAMPAIGN
                                                ? service.decideCampaign(draftId, g.key(), form)
                                                : service.decideTopic(draftId, g.key(), form),
                                        this::reload)
                                .open());
                decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                decide.setId("decide-" + g.kind().name().toLowerCase() + "-" + g.key());
                actions.add(decide);
            }
            return actions;
        }
        Item i = n.item();
        Button decide = new Button(
                getTranslation("consideration.workspace.decide"),
                e -> new DecisionDialog(
                                i.body(),
                                i.via() == DecisionLevel.COMMENT,
                                workspace.articles(),
                                form -> service.decideComment(draftId, i.id(), form),
                                this::reload)
                        .open());
        decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decide.setId("decide-comment-" + i.id());
        actions.add(decide);
        if (i.needsOwnLook()) {
            Button looked = new Button(getTranslation("consideration.workspace.ownLookDone"), e -> {
                try {
                    service.markOwnLookDone(draftId, i.id());
                    Feedback.success(getTranslation("consideration.workspace.ownLookDone.done"));
                    reload();
                } catch (DomainException ex) {
                    Feedback.error(this, ex);
                }
            });
            looked.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            looked.setId("own-look-" + i.id());
            actions.add(looked);
        }
        return actions;
    }

    private Component detailsOf(Node n) {
        Div details = new Div();
        if (n.isGroup() && !n.group().additions().isEmpty()) {
            details.add(new H4(getTranslation("consideration.workspace.additions")));
            UnorderedList list = new UnorderedList();
            for (Addition a : n.group().additions()) {
                ListItem li = new ListItem(getTranslation("consideration.workspace.addition", a.text(), a.count()));
                li.addClassName("pikir-user-text");
                list.add(li);
            }
            details.add(list);
        } else if (!n.isGroup()) {
            Paragraph body = new Paragraph(n.item().body());
            body.addClassName("pikir-user-text");
            details.add(body);
            if (n.item().reason() != null) {
                details.add(new Paragraph(
                        getTranslation("consideration.my.reason", n.item().reason())));
            }
        }
        return details;
    }

    private void reload() {
        workspace = queries.workspace(
                draftId,
                new Workspace.Filter(
                        article.getValue() == null ? null : article.getValue().id(),
                        language.getValue(),
                        state.getValue(),
                        minSize.getValue(),
                        text.getValue()));
        showTree();
    }

    private void showTree() {
        TreeData<Node> data = new TreeData<>();
        for (Group g : workspace.groups()) {
            Node root = new Node(g, null);
            data.addItem(null, root);
            for (Item i : g.items()) {
                data.addItem(root, new Node(g, i));
            }
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        if (workspace.groups().size() <= 3) {
            tree.expand(data.getRootItems());
        }
    }

    private Grid<AuditEntry> auditGrid() {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("workspace-audit");
        grid.addColumn(a -> ConsiderationFormat.date(this, a.at()) + " "
                        + a.at().toString().substring(11, 16))
                .setHeader(getTranslation("consideration.audit.column.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName)
                .setHeader(getTranslation("consideration.audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("consideration.audit." + a.action()))
                .setHeader(getTranslation("consideration.audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.commentId() == null ? "" : "#" + a.commentId())
                .setHeader(getTranslation("consideration.audit.column.comment"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.before() == null ? "" : a.before())
                .setHeader(getTranslation("consideration.audit.column.before"));
        grid.addColumn(AuditEntry::after).setHeader(getTranslation("consideration.audit.column.after"));
        grid.setItems(query -> queries.auditTrail(draftId, query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("consideration.audit.empty"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** For tests: the groups currently shown. */
    List<Group> shownGroups() {
        return workspace.groups();
    }
}
