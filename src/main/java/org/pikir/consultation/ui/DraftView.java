package org.pikir.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.ArticleEntry;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.consultation.ConsultationQueries.TimelineEntry;
import org.pikir.consultation.DraftVoteValue;
import org.pikir.consultation.OpinionGroupService;
import org.pikir.consultation.PollService;
import org.pikir.consultation.Trilingual;
import org.pikir.consultation.ui.opinion.OpinionGroupsPanel;
import org.pikir.shared.DomainException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.ui.Feedback;

/**
 * A draft law under discussion: header with counts and the overall vote, table of contents, articles in the UI
 * language (fallback marked) or kk|ru side by side, comments of the chosen article, opinion groups, timeline.
 */
@Route("consultations/:draftId([0-9]{1,18})")
@AnonymousAllowed
@StyleSheet("styles/consultation.css")
public class DraftView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationQueries queries;
    private final CommentService comments;
    private final OpinionGroupService opinionGroups;
    private final Clock clock;
    private final PollService polls;
    private DraftDetail detail;
    private CommentPanel panel;
    private final Span counts = new Span();
    private final Map<Long, Button> articleCommentButtons = new HashMap<>();
    private final Map<Long, Div> articleDivs = new HashMap<>();
    private final Div articles = new Div();
    private boolean sideBySide;

    public DraftView(
            ConsultationQueries queries,
            CommentService comments,
            OpinionGroupService opinionGroups,
            Clock clock,
            PollService polls) {
        this.polls = polls;
        this.queries = queries;
        this.comments = comments;
        this.opinionGroups = opinionGroups;
        this.clock = clock;
        addClassName("pikir-page");
        addClassName("consultation-draft-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("draftId").orElse("0"));
        try {
            detail = queries.draft(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render();
        // A link from search (or a shared link) names an article: show it and its comments.
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("article")
                .flatMap(number -> detail.articles().stream()
                        .filter(a -> a.number().equals(number))
                        .findFirst())
                .ifPresent(this::focusArticle);
    }

    private void focusArticle(ArticleEntry a) {
        panel.show(a.id(), getTranslation("consultation.comments.onArticle", articleLabel(a)));
        Div article = articleDivs.get(a.id());
        if (article != null) {
            article.addClassName("consultation-article-focused");
            article.scrollIntoView();
        }
    }

    private void render() {
        removeAll();
        String lang = ConsultationFormat.language(this);
        H1 title = new H1(detail.title().show(lang).text());
        title.setId("draft-title");
        add(title);
        Span marker = ConsultationFormat.fallbackMarker(this, detail.title());
        if (marker != null) {
            add(marker);
        }
        add(meta(), countsAndVote(), links());

        Div layout = new Div();
        layout.addClassName("consultation-layout");
        Div main = new Div();
        main.addClassName("consultation-main");
        main.add(summary());
        Checkbox side = new Checkbox(getTranslation("consultation.draft.sideBySide"), sideBySide);
        side.setId("side-by-side");
        side.addValueChangeListener(e -> {
            sideBySide = e.getValue();
            renderArticles();
        });
        main.add(side, articles);
        renderArticles();
        panel = new CommentPanel(
                comments,
                queries,
                detail.id(),
                detail.country(),
                detail.canParticipate(),
                detail.participationDenial().orElse("consultation.error.notOpen"),
                detail.canModerate(),
                detail.signedIn(),
                this::refreshCounts);
        layout.add(toc(), main, panel);
        add(layout);
        add(new PollSection(polls, detail.id(), detail.country(), detail.canManage()));
        panel.show(null, getTranslation("consultation.comments.onDraft"));
        add(new OpinionGroupsPanel(opinionGroups.forDraft(detail.id()), "consultation.opinion.title"));
        if (detail.signedIn()) {
            add(myComments());
        }
        add(timeline());
    }

    private Component meta() {
        Div meta = new Div();
        meta.addClassName("consultation-meta-line");
        meta.add(new Span(
                detail.agencyName().show(ConsultationFormat.language(this)).text()));
        meta.add(new Span(
                getTranslation("consultation.area." + detail.policyArea().name())));
        Span status = new Span(ConsultationFormat.status(this, detail.status()));
        status.getElement().getThemeList().add("badge");
        status.setId("draft-status");
        meta.add(status);
        meta.add(new Span(getTranslation("consultation.draft.version", detail.currentVersion())));
        if (detail.opensAt() != null) {
            meta.add(new Span(getTranslation(
                    "consultation.draft.window",
                    ConsultationFormat.dateTime(this, detail.opensAt(), detail.country()),
                    ConsultationFormat.dateTime(this, detail.closesAt(), detail.country()))));
            Span left = new Span(ConsultationFormat.daysLeft(
                    this, detail.status(), detail.opensAt(), detail.closesAt(), clock.instant(), detail.country()));
            left.setId("draft-days-left");
            meta.add(left);
        }
        return meta;
    }

    private Component countsAndVote() {
        counts.setId("draft-counts");
        Div row = new Div(counts);
        row.addClassName("consultation-counts");
        showCounts(detail.tallies());
        if (detail.canParticipate()) {
            for (DraftVoteValue value : DraftVoteValue.values()) {
                Button b = new Button(getTranslation("consultation.draftVote." + value.name()), e -> {
                    try {
                        comments.voteOnDraft(detail.id(), value);
                        Feedback.success(getTranslation("consultation.draftVote.saved"));
                        detail = queries.draft(detail.id());
                        render();
                    } catch (DomainException ex) {
                        Feedback.error(this, ex);
                    }
                });
                b.setId("draft-vote-" + value.name().toLowerCase());
                b.addThemeVariants(value == detail.myVote() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
                b.getElement().setAttribute("aria-pressed", String.valueOf(value == detail.myVote()));
                row.add(b);
            }
        } else if (detail.myVote() != null) {
            row.add(new Span(getTranslation(
                    "consultation.draftVote.yours",
                    getTranslation("consultation.draftVote." + detail.myVote().name()))));
        }
        return row;
    }

    private void refreshCounts() {
        showCounts(queries.tallies(detail.id()));
        if (panel != null && panel.articleId() != null) {
            long n =
                    queries.comments(detail.id(), panel.articleId(), null, 0, 1).withReplies();
            Button b = articleCommentButtons.get(panel.articleId());
            if (b != null) {
                b.setText(getTranslation("consultation.draft.articleComments", n));
            }
        }
    }

    private void showCounts(ConsultationQueries.DraftTallies t) {
        counts.setText(
                getTranslation("consultation.draft.counts", t.comments(), t.participants(), t.support(), t.oppose()));
    }

    private Component links() {
        Div links = new Div();
        links.addClassName("consultation-links");
        RouterLink back = new RouterLink(getTranslation("consultation.draft.back"), ConsultationListView.class);
        links.add(back);
        if (detail.currentVersion() > 1) {
            RouterLink diff = new RouterLink(
                    getTranslation("consultation.draft.diff"),
                    DraftDiffView.class,
                    new RouteParameters("draftId", String.valueOf(detail.id())));
            diff.setId("draft-diff-link");
            links.add(diff);
        }
        if (detail.canManage()) {
            RouterLink manage = new RouterLink(
                    getTranslation("consultation.draft.manage"),
                    DraftEditorView.class,
                    new RouteParameters("draftId", String.valueOf(detail.id())));
            manage.setId("draft-manage-link");
            links.add(manage);
        }
        return links;
    }

    private Component summary() {
        Div box = new Div();
        String lang = ConsultationFormat.language(this);
        Paragraph summary = new Paragraph(detail.summary().show(lang).text());
        summary.addClassName("pikir-user-text");
        box.add(summary);
        if (!detail.note().isEmpty()) {
            Div note = new Div();
            note.setText(detail.note().show(lang).text());
            note.addClassNames("pikir-user-text", "consultation-text");
            Details details = new Details(getTranslation("consultation.draft.note"), note);
            box.add(details);
        }
        return box;
    }

    private Component toc() {
        Nav nav = new Nav();
        nav.addClassName("consultation-toc");
        nav.getElement().setAttribute("aria-label", getTranslation("consultation.draft.toc"));
        nav.add(new H2(getTranslation("consultation.draft.toc")));
        UnorderedList list = new UnorderedList();
        Button whole = new Button(
                getTranslation("consultation.draft.wholeDraft", detail.generalComments()),
                e -> panel.show(null, getTranslation("consultation.comments.onDraft")));
        whole.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        whole.setId("toc-whole");
        list.add(new ListItem(whole));
        String lang = ConsultationFormat.language(this);
        String chapter = null;
        for (ArticleEntry a : detail.articles()) {
            String ch = a.chapter().show(lang).text();
            if (!ch.isEmpty() && !ch.equals(chapter)) {
                Span c = new Span(ch);
                c.addClassName("consultation-toc-chapter");
                list.add(new ListItem(c));
                chapter = ch;
            }
            Button item = new Button(
                    articleLabel(a) + " (" + detail.commentsPerArticle().getOrDefault(a.id(), 0L) + ")",
                    e -> selectArticle(a));
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            item.setId("toc-" + domId(a.number()));
            list.add(new ListItem(item));
        }
        nav.add(list);
        return nav;
    }

    private void renderArticles() {
        articles.removeAll();
        articleCommentButtons.clear();
        articleDivs.clear();
        String lang = ConsultationFormat.language(this);
        for (ArticleEntry a : detail.articles()) {
            Div article = new Div();
            article.addClassName("consultation-article");
            article.setId("article-" + domId(a.number()));
            articleDivs.put(a.id(), article);
            article.add(new H3(articleLabel(a)));
            if (sideBySide) {
                Div columns = new Div(column(a.text(), "kk"), column(a.text(), "ru"));
                columns.addClassName("consultation-side-by-side");
                article.add(columns);
            } else {
                Span marker = ConsultationFormat.fallbackMarker(this, a.text());
                if (marker != null) {
                    article.add(marker);
                }
                Div text = new Div();
                Trilingual.Shown shown = a.text().show(lang);
                text.setText(shown.text());
                text.getElement().setAttribute("lang", shown.language());
                text.addClassNames("pikir-user-text", "consultation-text");
                article.add(text);
            }
            Button discuss = new Button(
                    getTranslation(
                            "consultation.draft.articleComments",
                            detail.commentsPerArticle().getOrDefault(a.id(), 0L)),
                    e -> selectArticle(a));
            discuss.addThemeVariants(ButtonVariant.LUMO_SMALL);
            discuss.setId("article-comments-" + domId(a.number()));
            articleCommentButtons.put(a.id(), discuss);
            article.add(discuss);
            articles.add(article);
        }
    }

    private Div column(Trilingual text, String language) {
        Div col = new Div();
        Span head = new Span(ConsultationFormat.languageName(this, language));
        head.getElement().getThemeList().add("badge contrast");
        Div body = new Div();
        String value = text.get(language);
        body.setText(value == null ? getTranslation("consultation.draft.noText") : value);
        body.getElement().setAttribute("lang", language);
        body.addClassNames("pikir-user-text", "consultation-text");
        col.add(head, body);
        return col;
    }

    private void selectArticle(ArticleEntry a) {
        panel.show(a.id(), getTranslation("consultation.comments.onArticle", articleLabel(a)));
        panel.scrollIntoView();
    }

    private String articleLabel(ArticleEntry a) {
        String heading = a.heading().show(ConsultationFormat.language(this)).text();
        return getTranslation("consultation.article.label", a.number(), heading).strip();
    }

    /** The caller's own comments on this draft, wherever they are, with a link to their article's thread. */
    private Component myComments() {
        var mine = queries.myComments(detail.id());
        UnorderedList list = new UnorderedList();
        list.setId("my-comments");
        for (var c : mine) {
            ArticleEntry article = detail.articles().stream()
                    .filter(a -> a.id() == (c.articleId() == null ? -1 : c.articleId()))
                    .findFirst()
                    .orElse(null);
            String where = article == null ? getTranslation("consultation.comments.onDraft") : articleLabel(article);
            Span text =
                    new Span(c.hidden() ? getTranslation("consultation.comments.hidden", c.hiddenReason()) : c.body());
            text.addClassName("pikir-user-text");
            Button open = new Button(where, e -> {
                if (article == null) {
                    panel.show(null, getTranslation("consultation.comments.onDraft"));
                } else {
                    selectArticle(article);
                }
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            list.add(new ListItem(open, text));
        }
        Details details = new Details(getTranslation("consultation.draft.mine", mine.size()), list);
        details.setId("my-comments-details");
        return details;
    }

    private Component timeline() {
        UnorderedList list = new UnorderedList();
        list.setId("draft-timeline");
        for (TimelineEntry e : detail.timeline()) {
            String detailText = e.detail() == null ? "" : " — " + e.detail();
            list.add(new ListItem(ConsultationFormat.dateTime(this, e.at(), detail.country()) + ": "
                    + getTranslation("consultation.timeline." + e.kind(), e.version()) + detailText));
        }
        Details details = new Details(getTranslation("consultation.draft.timeline"), list);
        details.setOpened(true);
        return details;
    }

    static String domId(String number) {
        return number.replaceAll("[^A-Za-z0-9-]", "_");
    }

    @Override
    public String getPageTitle() {
        return detail == null
                ? getTranslation("consultation.list.title")
                : detail.title().show(ConsultationFormat.language(this)).text();
    }

    CommentPanel panel() {
        return panel;
    }
}
