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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.ConsiderationFixtures;
import org.pikir.consideration.ConsiderationFixtures.Draft;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.DecisionForm;
import org.pikir.consideration.Outcome;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Revising in the workspace and the red flags on the dashboard, browserless on the real services. */
class ConsiderationDecisionViewsTest extends KaribuTest {

    @Autowired
    ConsiderationFixtures fixtures;

    @Autowired
    ConsiderationService service;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void revisingInTheWorkspaceAsksForANoteAndTheCitizenThenSeesTheNewOutcome() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        PikirUser author = accounts.citizen("KZ");
        long c = fixtures.comment(author, draft.id(), 0, "Разрешите подачу через почту.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), c, DecisionForm.of(Outcome.REJECTED, "Почта ненадёжна.", "ru"));
        TestUsers.signOut();

        login(draft.official());
        navigate("consideration/" + draft.id());
        TreeGrid<?> tree = _get(TreeGrid.class, spec -> spec.withId("workspace-tree"));
        ButtonKt._click(action(tree, 1, "decide-comment-" + c));
        TextArea note = _get(TextArea.class, spec -> spec.withId("decision-revision-note"));
        assertThat(note.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Select<Outcome> outcome = _get(Select.class, spec -> spec.withId("decision-outcome"));
        outcome.setValue(Outcome.ACCEPTED);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("decision-save")));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Revising a decision needs a note saying why.");
        assertThat(outcomeOf(c)).isEqualTo("REJECTED");

        note.setValue("Почта России подключена к eGov.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("decision-save")));
        assertThat(_find(Div.class, spec -> spec.withId("decision-dialog"))).isEmpty();
        assertThat(outcomeOf(c)).isEqualTo("ACCEPTED");

        login(author);
        navigate("my-comments");
        Div card = _get(Div.class, spec -> spec.withId("my-comment-" + c));
        assertThat(textOf(card)).contains("Decision: Accepted").doesNotContain("Почта ненадёжна.");
    }

    @Test
    void theDashboardListsAnAcceptedCommentWhoseArticleDidNotChangeAsARedFlag() {
        Draft draft = fixtures.openDraft("KZ", "MVD");
        long flagged = fixtures.comment(accounts.citizen("KZ"), draft.id(), 2, "Статья 3 должна быть короче.");
        TestUsers.signIn(draft.official());
        service.decideComment(draft.id(), flagged, DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
        TestUsers.signOut();
        fixtures.closeAndPublishChanging(draft, 0);

        logout();
        UI.getCurrent().navigate("accountability", QueryParameters.of("draft", String.valueOf(draft.id())));

        Grid<?> flags = _get(Grid.class, spec -> spec.withId("dashboard-red-flags"));
        assertThat(GridKt._size(flags)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(flags, 0))
                .contains(String.valueOf(draft.id()), "3", "Accepted", "Статья 3 должна быть короче.");
        assertThat(textOf(_get(Div.class, spec -> spec.withId("metric-traceability"))))
                .contains("0 of 1");
    }

    private String outcomeOf(long commentId) {
        return jdbc.queryForObject("""
                select d.outcome from comment_decision cd join consideration_decision d on d.id = cd.decision_id
                where cd.comment_id = ?""", String.class, commentId);
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
