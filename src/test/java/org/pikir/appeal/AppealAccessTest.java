package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The privacy matrix: an appeal exists only for its author and the officials of the agency handling it.
 * Everyone else gets "not found" from every method, exactly as for an id that does not exist.
 */
@IntegrationTest
class AppealAccessTest {

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    AppealStatisticsService statistics;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AppealTestData data;

    private Agency agency;
    private Agency otherAgency;
    private PikirUser author;
    private PikirUser handler;
    private long appealId;
    private long attachmentId;

    @BeforeEach
    void submitOne() {
        agency = data.ministry(CountryCode.KZ, 6);
        otherAgency = data.ministry(CountryCode.KZ, 7);
        author = accounts.citizen("KZ");
        handler = accounts.official(agency.getId());
        SubmittedAppeal ack = TestUsers.as(
                author,
                () -> appeals.submit(AppealTestData.form(
                        agency,
                        "private",
                        "Personal details of my case",
                        List.of(new AttachmentUpload("id.pdf", AppealFiles.pdf())))));
        appealId = ack.id();
        attachmentId = TestUsers.as(
                author, () -> appeals.detail(appealId).attachments().getFirst().id());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Every method that takes an appeal id, with harmless arguments. */
    private Map<String, Consumer<Long>> everyMethod() {
        return Map.ofEntries(
                Map.entry("detail", id -> appeals.detail(id)),
                Map.entry("attachment", id -> appeals.attachment(id, attachmentId)),
                Map.entry("rate", id -> appeals.rate(id, 5, null)),
                Map.entry("dispute", id -> appeals.dispute(id, "no")),
                Map.entry("assign", id -> inbox.assign(id, handler.accountId())),
                Map.entry("reply", id -> inbox.reply(id, "answer")),
                Map.entry("redirect", id -> inbox.redirect(id, otherAgency.getId(), "reason")),
                Map.entry("extend", id -> inbox.extend(id, 1, "reason")),
                Map.entry("dismiss", id -> inbox.dismiss(id, DismissReason.REPEATED, "reason")),
                Map.entry("extensionLimit", id -> inbox.extensionLimit(id)));
    }

    @Test
    void anotherCitizenGetsNotFoundFromEveryMethod() {
        PikirUser stranger = accounts.citizen("KZ");
        assertHidden(
                stranger,
                everyMethod().keySet().stream().filter(m -> !isOfficialOnly(m)).toList());
        assertRefusedAsNonOfficial(stranger);
    }

    @Test
    void anOfficialOfAnotherAgencyGetsNotFoundFromEveryMethod() {
        PikirUser outsider = accounts.official(otherAgency.getId());
        assertHidden(outsider, everyMethod().keySet());
        TestUsers.signIn(outsider);
        assertThat(inbox.inbox(InboxFilter.all(), PageRequest.of(0, 100)))
                .extracting(AppealSummary::id)
                .doesNotContain(appealId);
    }

    @Test
    void moderatorsAnalystsAndAdminsSeeNoAppeals() {
        assertHidden(
                accounts.moderator(CountryCode.KZ),
                everyMethod().keySet().stream().filter(m -> !isOfficialOnly(m)).toList());
        assertHidden(
                accounts.withRoles(java.util.EnumSet.of(Role.ADMIN)),
                everyMethod().keySet().stream().filter(m -> !isOfficialOnly(m)).toList());
        assertHidden(
                accounts.withRoles(java.util.EnumSet.of(Role.ANALYST)),
                everyMethod().keySet().stream().filter(m -> !isOfficialOnly(m)).toList());
    }

    @Test
    void aMissingIdLooksExactlyLikeAHiddenOne() {
        TestUsers.signIn(author);
        assertThatThrownBy(() -> appeals.detail(Long.MAX_VALUE))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(new NotFoundException().getMessage());
        TestUsers.signIn(handler);
        assertThatThrownBy(() -> inbox.reply(Long.MAX_VALUE, "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAuthorCannotActAsTheAgencyAndTheAgencyCannotActAsTheAuthor() {
        TestUsers.signIn(author);
        assertThat(appeals.detail(appealId).access()).isEqualTo(AppealAccess.AUTHOR);
        assertRefusedAsNonOfficial(author);
        TestUsers.signIn(handler);
        assertThat(appeals.detail(appealId).access()).isEqualTo(AppealAccess.HANDLER);
        assertThat(appeals.attachment(appealId, attachmentId).content()).isEqualTo(AppealFiles.pdf());
        assertThatThrownBy(() -> appeals.rate(appealId, 5, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> appeals.dispute(appealId, "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAttachmentOfAnotherAppealCannotBeFetchedThroughOnesOwnAppeal() {
        SubmittedAppeal own = data.submit(author, agency, "second");
        TestUsers.signIn(author);
        assertThatThrownBy(() -> appeals.attachment(own.id(), attachmentId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        TestUsers.signOut();
        assertThatThrownBy(() -> appeals.detail(appealId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> appeals.attachment(appealId, attachmentId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.inbox(InboxFilter.all(), PageRequest.of(0, 1)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private static boolean isOfficialOnly(String method) {
        return List.of("assign", "reply", "redirect", "extend", "dismiss", "extensionLimit")
                .contains(method);
    }

    /** Officials-only services refuse non-officials before looking at the id. */
    private void assertRefusedAsNonOfficial(PikirUser user) {
        TestUsers.signIn(user);
        everyMethod().entrySet().stream()
                .filter(e -> isOfficialOnly(e.getKey()))
                .forEach(e -> assertThatThrownBy(() -> e.getValue().accept(appealId))
                        .as(e.getKey())
                        .isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(() -> inbox.inbox(InboxFilter.all(), PageRequest.of(0, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.statistics(LocalDate.now(), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertHidden(PikirUser user, java.util.Collection<String> methods) {
        TestUsers.signIn(user);
        Map<String, Consumer<Long>> all = everyMethod();
        for (String method : methods) {
            assertThatThrownBy(() -> all.get(method).accept(appealId))
                    .as(method)
                    .isInstanceOf(NotFoundException.class);
        }
        // nothing changed for the real parties
        TestUsers.signIn(author);
        AppealDetail detail = appeals.detail(appealId);
        assertThat(detail.status()).isEqualTo(AppealStatus.REGISTERED);
        assertThat(detail.timeline()).hasSize(1);
    }
}
