package org.pikir.petition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionStatus;
import org.pikir.petition.ResponseDecision;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Petition screens, browserless, on the real services and database. */
class PetitionViewsTest extends KaribuTest {

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    PetitionService petitions;

    private Agency parliament(CountryCode country) {
        return fixtures.agency(country, AgencyKind.PARLIAMENT);
    }

    @Test
    void publicListShowsCountsAndFiltersByStatus() {
        String marker = "Kolsai" + System.nanoTime();
        long id = fixtures.collecting(
                CountryCode.KZ, parliament(CountryCode.KZ).getId(), marker + " lake protection", 10);
        TestUsers.as(accounts.citizen("KZ"), () -> petitions.sign(id));
        navigate("petitions");
        _get(TextField.class, spec -> spec.withId("petition-search")).setValue(marker);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("petition-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Select<PetitionStatus> status = _get(Select.class, spec -> spec.withId("petition-filter-status"));
        status.setValue(PetitionStatus.RESPONDED);
        assertThat(GridKt._size(grid)).isZero();
        status.setValue(PetitionStatus.COLLECTING);
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void newPetitionShowsErrorsPerFieldThenSimilarPetitionsThenSubmits() {
        String marker = "Medeu" + System.nanoTime();
        long existing = fixtures.collecting(
                CountryCode.KZ, parliament(CountryCode.KZ).getId(), marker + " skating rink opening hours", 10);
        login(accounts.citizen("KZ"));
        navigate("petitions/new");
        @SuppressWarnings("unchecked")
        Select<CountryCode> country = _get(Select.class, spec -> spec.withId("petition-country"));
        country.setValue(CountryCode.KZ);
        assertThat(_get(Paragraph.class, spec -> spec.withId("petition-rules")).getText())
                .contains("50,000");
        TextField title = _get(TextField.class, spec -> spec.withId("petition-title-input"));
        TextArea text = _get(TextArea.class, spec -> spec.withId("petition-text-input"));
        title.setValue("short");
        text.setValue("<b>html</b> is not welcome in this petition text, which is long enough otherwise.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("petition-submit")));
        @SuppressWarnings("unchecked")
        ComboBox<Agency> agency = _get(ComboBox.class, spec -> spec.withId("petition-agency"));
        assertThat(agency.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("At least 10 characters.");
        assertThat(text.getErrorMessage()).contains("HTML");

        title.setValue(marker + " skating rink schedule");
        assertThat(_get(Div.class, spec -> spec.withId("petition-similar"))
                        .getElement()
                        .getTextRecursively())
                .contains(marker + " skating rink opening hours");
        agency.setValue(parliament(CountryCode.KZ));
        text.setValue("The rink closes too early for people who work until evening; many would skate later.");
        _get(TextArea.class, spec -> spec.withId("petition-action-input")).setValue("Open the rink until 23:00.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("petition-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("petition-status")).getText())
                .isEqualTo("Awaiting moderation");
        assertThat(existing).isPositive();
        navigate("petitions");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("petition-mine"))
                        .getElement()
                        .getTextRecursively())
                .contains(marker + " skating rink schedule");
    }

    @Test
    void citizenSignsAndWithdrawsOnThePetitionPage() {
        long id = fixtures.collecting(
                CountryCode.UZ, parliament(CountryCode.UZ).getId(), "Covered bus stops in Samarkand", 10);
        login(accounts.citizen("UZ"));
        navigate("petition/" + id);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("petition-sign")));
        assertThat(_get(Span.class, spec -> spec.withId("petition-count")).getText())
                .isEqualTo("1 of 10 signatures");
        assertThat(_find(Button.class, spec -> spec.withId("petition-sign"))).isEmpty();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("petition-withdraw")));
        assertThat(_get(Span.class, spec -> spec.withId("petition-count")).getText())
                .isEqualTo("0 of 10 signatures");
    }

    @Test
    void unverifiedCitizenGetsATranslatedError() {
        long id = fixtures.collecting(
                CountryCode.KG, parliament(CountryCode.KG).getId(), "Snow clearing on Bishkek sidewalks", 10);
        login(accounts.unverifiedCitizen("KG"));
        navigate("petition/" + id);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("petition-sign")));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text")
                                + n.getElement().getTextRecursively())
                        .contains("Only accounts with a verified identity can sign petitions."));
        assertThat(_get(Span.class, spec -> spec.withId("petition-count")).getText())
                .isEqualTo("0 of 10 signatures");
    }

    @Test
    void moderatorApprovesAndOfficialResponds() {
        Agency agency = parliament(CountryCode.TJ);
        long id = fixtures.pending(CountryCode.TJ, agency.getId(), "Drinking water quality reports online");
        login(accounts.moderator(CountryCode.TJ));
        navigate("petitions/moderation");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("petition-moderation-grid"))))
                .isGreaterThanOrEqualTo(1);
        navigate("petition/" + id);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("petition-approve")));
        assertThat(_get(Span.class, spec -> spec.withId("petition-status")).getText())
                .isEqualTo("Open");

        PikirUser signer = accounts.citizen("TJ");
        org.springframework.beans.factory.ObjectProvider<org.springframework.jdbc.core.JdbcTemplate> jdbc =
                context.getBeanProvider(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.getObject().update("update petition set threshold = 1 where id = ?", id);
        TestUsers.as(signer, () -> petitions.sign(id));

        login(accounts.official(agency.getId()));
        navigate("petitions/to-answer");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("petition-to-answer-grid"))))
                .isGreaterThanOrEqualTo(1);
        navigate("petition/" + id);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("petition-response-publish")));
        TextArea response = _get(TextArea.class, spec -> spec.withId("petition-response-input"));
        assertThat(response.isInvalid()).isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ResponseDecision> decision =
                _get(RadioButtonGroup.class, spec -> spec.withId("petition-response-decision-input"));
        decision.setValue(ResponseDecision.PARTIALLY);
        response.setValue("Reports will be published monthly from next quarter.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("petition-response-publish")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("petition-response-text"))
                        .getText())
                .isEqualTo("Reports will be published monthly from next quarter.");
        assertThat(_get(Span.class, spec -> spec.withId("petition-response-decision"))
                        .getText())
                .isEqualTo("Will act in part");
    }

    @Test
    void rolesOnlySeeTheirQueues() {
        login(accounts.citizen("KZ"));
        navigate("petitions/moderation");
        assertThat(_find(PetitionModerationView.class)).isEmpty();
        navigate("petitions/to-answer");
        assertThat(_find(PetitionsToAnswerView.class)).isEmpty();
        logout();
        navigate("petitions/new");
        assertThat(_find(NewPetitionView.class)).isEmpty();
    }
}
