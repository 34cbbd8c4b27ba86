package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.AnalysisWaits;
import org.pikir.appeal.AppealClusterService.AgencyClusters;
import org.pikir.appeal.AppealClusterService.AppealCampaign;
import org.pikir.appeal.AppealClusterService.Member;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Officials see their agency's form-letter campaigns and topics, and nothing of other agencies' appeals. */
@IntegrationTest
class AppealClustersIntegrationTest {

    static final String LETTER = "В нашем доме по улице Толе би уже третью неделю нет горячей воды. Управляющая "
            + "компания не отвечает на звонки, а дети и пожилые соседи моются холодной водой. Просим срочно "
            + "восстановить подачу горячей воды и наказать виновных.";
    static final String ADDED = "У меня дома лежачая мать, ей нужна тёплая вода каждый день.";
    static final String OTHER = "Прошу установить светофор на перекрёстке у школы номер сорок два, дети переходят "
            + "дорогу между машинами.";

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    AppealClusterService clusters;

    @Autowired
    AnalysisService analysis;

    @Autowired
    CountryService countries;

    @Autowired
    AccountFixtures accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theAgencySeesOneCampaignOfItsOwnAppealsOnlyAndLosesWhatItRedirects() throws Exception {
        Agency shymkent = agency("AKIMAT_SHYMKENT");
        Agency ombudsman = agency("OMBUDSMAN");
        PikirUser official = accounts.official(shymkent.getId());
        PikirUser stranger = accounts.official(ombudsman.getId());
        PikirUser citizen = accounts.citizen("KZ");

        long[] ids = new long[5];
        for (int i = 0; i < 3; i++) {
            ids[i] = submit(accounts.citizen("KZ"), shymkent, LETTER);
        }
        ids[3] = submit(accounts.citizen("KZ"), shymkent, LETTER + " " + ADDED);
        ids[4] = submit(citizen, shymkent, OTHER);
        awaitAnalysed(ids);

        long run = TestUsers.as(official, () -> clusters.recluster());
        awaitDone(official, run);

        AgencyClusters seen = TestUsers.as(official, () -> clusters.clusters());
        AppealCampaign campaign = campaignWith(seen, ids[0]);
        assertThat(campaign.members())
                .extracting(Member::appealId)
                .containsExactlyInAnyOrder(ids[0], ids[1], ids[2], ids[3]);
        assertThat(campaign.template()).contains("горячей воды");
        assertThat(campaign.additions()).containsExactly(ADDED);
        assertThat(campaign.languages()).containsExactly("ru");
        assertThat(campaign.firstSeen()).isNotNull();
        assertThat(seen.campaigns()).noneMatch(c -> c.members().stream().anyMatch(m -> m.appealId() == ids[4]));
        assertThat(seen.topics())
                .flatExtracting(t -> t.members().stream().map(Member::appealId).toList())
                .contains(ids[4]);
        assertThat(seen.latestRun()).get().satisfies(r -> {
            assertThat(r.running()).isFalse();
            assertThat(r.finishedAt()).isNotNull();
        });

        // Another agency sees nothing of it, may not watch the run, and a citizen may not ask at all.
        AgencyClusters other = TestUsers.as(stranger, () -> clusters.clusters());
        assertThat(allMembers(other))
                .doesNotContainAnyElementsOf(
                        java.util.Arrays.stream(ids).boxed().toList());
        assertThat(other.campaigns()).noneMatch(c -> c.template().contains("Толе би"));
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> clusters.reclusterStatus(run)))
                .isInstanceOf(org.pikir.shared.NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> clusters.clusters()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> clusters.recluster()))
                .isInstanceOf(AccessDeniedException.class);

        // Redirected to the ombudsman, the appeal with the added sentence leaves Shymkent's view, sentence included.
        TestUsers.as(official, () -> {
            inbox.redirect(ids[3], ombudsman.getId(), "Human rights matter");
            return null;
        });
        AppealCampaign after = campaignWith(TestUsers.as(official, () -> clusters.clusters()), ids[0]);
        assertThat(after.members()).extracting(Member::appealId).containsExactlyInAnyOrder(ids[0], ids[1], ids[2]);
        assertThat(after.additions()).isEmpty();
        assertThat(allMembers(TestUsers.as(stranger, () -> clusters.clusters())))
                .doesNotContain(ids[0], ids[1]);
        // …and joins the receiving agency's campaigns and topics.
        AnalysisWaits.until(
                "the redirected appeal in the ombudsman's scope",
                () -> analysis.assignment(AppealAnalysis.item(ids[3]))
                        .filter(a -> a.scope().equals(AppealAnalysis.scope(ombudsman.getId())))
                        .isPresent());

        // With the template's own appeal gone too, the shared text shown is that of an appeal still here.
        long templateAppeal = AppealAnalysis.appealId(
                        analysis.campaigns(AppealAnalysis.scope(shymkent.getId())).stream()
                                .filter(c -> c.key().equals(after.key()))
                                .findFirst()
                                .orElseThrow()
                                .templateItem())
                .orElseThrow();
        TestUsers.as(official, () -> {
            inbox.redirect(templateAppeal, ombudsman.getId(), "Human rights matter");
            return null;
        });
        AppealCampaign last = campaignWith(
                TestUsers.as(official, () -> clusters.clusters()),
                after.members().stream()
                        .map(Member::appealId)
                        .filter(id -> id != templateAppeal)
                        .findFirst()
                        .orElseThrow());
        assertThat(last.members()).hasSize(2).noneMatch(m -> m.appealId() == templateAppeal);
        assertThat(last.template()).isEqualTo(LETTER);
    }

    private static AppealCampaign campaignWith(AgencyClusters seen, long appealId) {
        return seen.campaigns().stream()
                .filter(c -> c.members().stream().anyMatch(m -> m.appealId() == appealId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no campaign with appeal " + appealId + ": " + seen));
    }

    private static List<Long> allMembers(AgencyClusters seen) {
        return java.util.stream.Stream.concat(
                        seen.campaigns().stream().flatMap(c -> c.members().stream()),
                        seen.topics().stream().flatMap(t -> t.members().stream()))
                .map(Member::appealId)
                .toList();
    }

    private Agency agency(String code) {
        return countries.agencies(CountryCode.KZ).stream()
                .filter(a -> a.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long submit(PikirUser author, Agency agency, String text) {
        return TestUsers.as(
                        author,
                        () -> appeals.submit(new AppealForm(
                                agency.getId(),
                                CountryCode.KZ,
                                AppealType.COMPLAINT,
                                "Горячая вода",
                                text,
                                ContactPreference.EMAIL,
                                false,
                                List.of())))
                .id();
    }

    private void awaitAnalysed(long... ids) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            if (java.util.Arrays.stream(ids)
                    .allMatch(id -> analysis.assignment(AppealAnalysis.item(id)).isPresent())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("appeals not analysed in time");
    }

    private void awaitDone(PikirUser official, long run) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            if (TestUsers.as(official, () -> clusters.reclusterStatus(run)).finished()) {
                assertThat(TestUsers.as(official, () -> clusters.reclusterStatus(run))
                                .failed())
                        .isFalse();
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("re-analysis did not finish in time");
    }
}
