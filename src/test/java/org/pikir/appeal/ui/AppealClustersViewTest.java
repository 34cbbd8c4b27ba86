package org.pikir.appeal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.analysis.AnalysisService;
import org.pikir.appeal.AppealClusterService;
import org.pikir.appeal.AppealClusterService.Member;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.ContactPreference;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The officials' campaigns-and-topics screen, browserless, on the real services and database. */
class AppealClustersViewTest extends KaribuTest {

    private static final String LETTER = "В посёлке Пришахтинск уже десять дней нет отопления в домах по улице "
            + "Шахтёров. Батареи холодные, в квартирах двенадцать градусов, болеют дети. Просим немедленно "
            + "восстановить отопление и сообщить сроки ремонта.";
    private static final String ADDED = "У нас в квартире новорождённый ребёнок.";

    @Autowired
    AppealService appeals;

    @Autowired
    AppealClusterService clusters;

    @Autowired
    AnalysisService analysis;

    @Autowired
    CountryService countries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void anOfficialOpensTheCampaignSeesItsAppealsAndTheAddedSentenceAndReanalysesInTheBackground() throws Exception {
        Agency karaganda = countries.agencies(CountryCode.KZ).stream()
                .filter(a -> a.getCode().equals("AKIMAT_KARAGANDA_REGION"))
                .findFirst()
                .orElseThrow();
        long[] ids = new long[4];
        for (int i = 0; i < ids.length; i++) {
            String text = i == 3 ? LETTER + " " + ADDED : LETTER;
            ids[i] = TestUsers.as(
                            accounts.citizen("KZ"),
                            () -> appeals.submit(new AppealForm(
                                    karaganda.getId(),
                                    CountryCode.KZ,
                                    AppealType.COMPLAINT,
                                    "Нет отопления",
                                    text,
                                    ContactPreference.EMAIL,
                                    false,
                                    List.of())))
                    .id();
        }
        awaitAnalysed(ids);
        PikirUser official = accounts.official(karaganda.getId());

        login(official);
        navigate("inbox");
        assertThat(_get(Anchor.class, spec -> spec.withId("inbox-clusters-link"))
                        .getHref())
                .isEqualTo("appeals/clusters");
        navigate("appeals/clusters");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("clusters-reanalyse")));
        assertThat(_get(Button.class, spec -> spec.withId("clusters-reanalyse")).isEnabled())
                .isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("clusters-status")).getText())
                .startsWith("Analysis in progress");
        long run = analysis.latestRun(org.pikir.appeal.AppealAnalysis.scope(karaganda.getId()))
                .orElseThrow()
                .id();
        long end = System.currentTimeMillis() + 60_000;
        while (!TestUsers.as(official, () -> clusters.reclusterStatus(run)).finished()
                && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        login(official);
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(_get(Button.class, spec -> spec.withId("clusters-reanalyse")).isEnabled())
                .isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("clusters-status")).getText())
                .startsWith("Last analysed");

        Details campaign = _find(Details.class, spec -> spec.withClasses("clusters-campaign")).stream()
                .filter(d -> _find(d, Paragraph.class, spec -> spec.withClasses("clusters-template")).stream()
                        .anyMatch(p -> p.getText().contains("Пришахтинск")))
                .findFirst()
                .orElseThrow();
        assertThat(_find(campaign, ListItem.class, spec -> spec.withClasses("pikir-user-text")))
                .extracting(ListItem::getText)
                .containsExactly(ADDED);
        assertThat(_find(campaign, Grid.class, spec -> {})).isEmpty();
        campaign.setOpened(true);
        Grid<Member> members = _get(campaign, Grid.class, spec -> spec.withClasses("clusters-members"));
        assertThat(members.getGenericDataView().getItems().map(Member::appealId).toList())
                .containsExactlyInAnyOrder(ids[0], ids[1], ids[2], ids[3]);
    }

    @Test
    void anAgencyWithoutAnalysedAppealsSeesTheEmptyStateAndACitizenIsTurnedAway() {
        Long quiet = jdbc.queryForObject("""
                select min(id) from agency where active and country_code = 'TM'
                  and ('agency:' || id) not in (select scope from analysis_campaign)""", Long.class);
        login(accounts.official(quiet));
        navigate("appeals/clusters");
        assertThat(_get(Paragraph.class, spec -> spec.withId("clusters-no-campaigns"))
                        .getText())
                .startsWith("No campaigns yet");

        login(accounts.citizen("KZ"));
        navigate("appeals/clusters");
        assertThat(_find(Div.class, spec -> spec.withId("clusters-content"))).isEmpty();
    }

    private void awaitAnalysed(long... ids) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            if (java.util.Arrays.stream(ids)
                    .allMatch(id -> analysis.assignment(org.pikir.appeal.AppealAnalysis.item(id))
                            .isPresent())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("appeals not analysed in time");
    }
}
