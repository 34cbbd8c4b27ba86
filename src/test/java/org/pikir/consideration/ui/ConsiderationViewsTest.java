package org.pikir.consideration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.ClusterFixtures;
import org.pikir.consideration.CommentClusters.Addition;
import org.pikir.consideration.CommentClusters.CampaignCluster;
import org.pikir.consideration.CommentClusters.DraftClusters;
import org.pikir.consideration.ConsiderationFixtures;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.DecisionForm;
import org.pikir.consideration.Outcome;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The consideration views, browserless, on the real services and database. */
class ConsiderationViewsTest extends KaribuTest {

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ClusterFixtures clusters;

    @Autowired
    ConsiderationService service;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficialDecidesACampaignInTheWorkspaceAndAMissingReasonIsShownAtTheField() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        String letter = "Просим отменить штраф за опоздание с регистрацией на один день.";
        long m1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, letter);
        long m2 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, letter + " Я студент.");
        long single = fixtures.comment(accounts.citizen("KZ"), draft.id(), 1, "Отдельное мнение о статье 2.");
        clusters.set(
                draft.id(),
                new DraftClusters(
                        List.of(new CampaignCluster(
                                "C1",
                                letter,
                                List.of(m1, m2),
                                List.of(new Addition("Я студент.", m2, 1)),
                                Set.of(m2),
                                null)),
                        List.of()));

        login(draft.official());
        navigate("consideration/" + draft.id());
        assertThat(_get(H1.class, spec -> spec.withId("workspace-title")).getText())
                .contains("Consideration");
        assertThat(_find(Paragraph.class, spec -> spec.withId("workspace-unclustered-notice")))
                .isEmpty();
        TreeGrid<?> tree = _get(TreeGrid.class, spec -> spec.withId("workspace-tree"));
        assertThat(GridKt._size(tree)).isEqualTo(5); // 2 groups, expanded: 2 + 1 comments

        ButtonKt._click(action(tree, 0, "decide-campaign-C1"));
        @SuppressWarnings("unchecked")
        Select<Outcome> outcome = _get(Select.class, spec -> spec.withId("decision-outcome"));
        outcome.setValue(Outcome.REJECTED);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("decision-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("decision-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("A reason is required for this decision.");

        reason.setValue("Штраф установлен Кодексом об административных правонарушениях.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("decision-save")));
        assertThat(_find(Div.class, spec -> spec.withId("decision-dialog"))).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from comment_decision where comment_id in (?, ?)", Integer.class, m1, m2))
                .isEqualTo(2);
        // the member with its own addition waits for a look, and can be marked
        ButtonKt._click(action(tree, 2, "own-look-" + m2));
        assertThat(jdbc.queryForObject(
                        "select needs_own_look from comment_decision where comment_id = ?", Boolean.class, m2))
                .isFalse();
        assertThat(single).isPositive();
    }

    @Test
    void withoutClustersTheWorkspaceShowsUnclusteredCommentsAndOtherAgenciesAreTurnedAway() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Комментарий без кластера.");
        login(draft.official());
        navigate("consideration/" + draft.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("workspace-unclustered-notice"))
                        .isVisible())
                .isTrue();
        TreeGrid<?> tree = _get(TreeGrid.class, spec -> spec.withId("workspace-tree"));
        assertThat(GridKt._size(tree)).isEqualTo(2);
        assertThat(action(tree, 1, "decide-comment-" + c)).isNotNull();

        PikirUser other = accounts.official(fixtures.openDraft("KZ", "MZ").agencyId());
        login(other);
        navigate("consideration/" + draft.id());
        assertThat(_find(TreeGrid.class, spec -> spec.withId("workspace-tree"))).isEmpty();
    }

    @Test
    void thePublicReportAndTheCitizensOwnCommentShowTheDecision() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser citizen = accounts.citizen("KZ");
        long c = fixtures.comment(citizen, draft.id(), 0, "Прошу добавить подачу через eGov.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), c, DecisionForm.of(Outcome.NOTED, "Учтём в подзаконных актах", "ru"));
        TestUsers.signOut();
        fixtures.close(draft);

        logout();
        navigate("reports/" + draft.id());
        Grid<?> table = _get(Grid.class, spec -> spec.withId("report-table"));
        assertThat(GridKt._size(table)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(table, 0))
                .contains("Noted (taken into account, no change)", "Учтём в подзаконных актах");
        navigate("reports");
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("report-link-" + draft.id())))
                .isNotNull();

        login(citizen);
        useLanguage("ru");
        navigate("my-comments");
        Div card = _get(Div.class, spec -> spec.withId("my-comment-" + c));
        assertThat(card.getElement().getText() + textOf(card))
                .contains("Учтено (без изменения текста)")
                .contains("Учтём в подзаконных актах");
    }

    @Test
    void theDashboardShowsTheFiguresOfADraftWithTablesBesideTheCharts() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long c1 = fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Первый.");
        fixtures.comment(accounts.citizen("KZ"), draft.id(), 0, "Второй.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), c1, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        TestUsers.signOut();

        logout();
        UI.getCurrent()
                .navigate(
                        "accountability",
                        com.vaadin.flow.router.QueryParameters.of("draft", String.valueOf(draft.id())));
        Div considered = _get(Div.class, spec -> spec.withId("metric-considered"));
        assertThat(textOf(considered)).contains("50%").contains("1 of 2");
        assertThat(_find(Grid.class)).hasSizeGreaterThanOrEqualTo(5); // 4 chart tables + red flags
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Accountability dashboard");
    }

    private static Button action(TreeGrid<?> tree, int row, String id) {
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(tree, row, "actions");
        return _get(cell, Button.class, spec -> spec.withId(id));
    }

    private static String textOf(com.vaadin.flow.component.Component c) {
        StringBuilder s = new StringBuilder(c.getElement().getText());
        c.getChildren().forEach(child -> s.append(' ').append(textOf(child)));
        return s.toString();
    }
}
