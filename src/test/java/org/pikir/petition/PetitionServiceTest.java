package org.pikir.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class PetitionServiceTest {

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    PetitionExpiry expiry;

    @Autowired
    SignatureLedger ledger;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PetitionParticipationCounter counter;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    private Agency parliament(CountryCode country) {
        return fixtures.agency(country, AgencyKind.PARLIAMENT);
    }

    private int notifications(long accountId, String subjectKey, long petitionId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from notification where account_id = ? and subject_key = ? and link = ?",
                Integer.class,
                accountId,
                subjectKey,
                "petition/" + petitionId);
        return count == null ? 0 : count;
    }

    private static String messageKey(Throwable e) {
        return ((DomainException) e).messageKey();
    }

    @Test
    void submitStoresAPendingPetitionWithTheCountryThreshold() {
        Agency agency = parliament(CountryCode.KZ);
        long id = fixtures.pending(CountryCode.KZ, agency.getId(), "Clean air in Almaty winters");
        Integer threshold = jdbc.queryForObject(
                "select petition_threshold from country_rules where country_code = 'KZ'", Integer.class);
        PikirUser moderator = accounts.moderator(CountryCode.KZ);
        PetitionDetails details = TestUsers.as(moderator, () -> petitions.details(id));
        assertThat(details.petition().getStatus()).isEqualTo(PetitionStatus.PENDING);
        assertThat(details.petition().getThreshold()).isEqualTo(threshold);
        assertThat(details.canModerate()).isTrue();
        assertThat(details.signatures()).isZero();
    }

    @Test
    void badInputComesBackPerField() {
        PikirUser author = accounts.citizen("KZ");
        Agency foreign = parliament(CountryCode.UZ);
        PetitionForm form = new PetitionForm(
                CountryCode.KZ,
                foreign.getId(),
                "short",
                "<b>bold</b> text that is certainly long enough to pass the minimum length rule",
                "x".repeat(PetitionService.ACTION_MAX + 1));
        assertThatThrownBy(() -> TestUsers.as(author, () -> petitions.submit(form)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get("agency").key()).isEqualTo("petition.error.agencyNotInCountry");
                    assertThat(e.fieldErrors().get("title").key()).isEqualTo("petition.error.tooShort");
                    assertThat(e.fieldErrors().get("text").key()).isEqualTo("petition.error.html");
                    assertThat(e.fieldErrors().get("requestedAction").key()).isEqualTo("error.tooLong");
                });
    }

    @Test
    void unverifiedCitizensCannotStartOrSign() {
        Agency agency = parliament(CountryCode.KG);
        long id = fixtures.collecting(CountryCode.KG, agency.getId(), "Longer opening hours for libraries", 10);
        PikirUser unverified = accounts.unverifiedCitizen("KG");
        assertThatThrownBy(() -> TestUsers.as(
                        unverified,
                        () -> petitions.submit(
                                fixtures.form(CountryCode.KG, agency.getId(), "A petition from an unverified person"))))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("petition.create.unverified"));
        assertThatThrownBy(() -> TestUsers.as(unverified, () -> petitions.sign(id)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("petition.sign.unverified"));
        assertThat(ledger.countRows(id)).isZero();
    }

    @Test
    void pendingPetitionsAreHiddenAndCannotBeSigned() {
        Agency agency = parliament(CountryCode.TJ);
        long id = fixtures.pending(CountryCode.TJ, agency.getId(), "Pending petition nobody may see");
        PikirUser stranger = accounts.citizen("TJ");
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> petitions.details(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> petitions.sign(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(petitions.search(new PetitionFilter(CountryCode.TJ, null, "nobody may see", null), 0, 50))
                .extracting(PetitionSummary::id)
                .doesNotContain(id);
    }

    @Test
    void onlyAModeratorOfTheCountryModerates() {
        Agency agency = parliament(CountryCode.UZ);
        long id = fixtures.pending(CountryCode.UZ, agency.getId(), "Bicycle lanes in Tashkent please");
        PikirUser otherCountry = accounts.moderator(CountryCode.KZ);
        PikirUser citizen = accounts.citizen("UZ");
        assertThatThrownBy(() -> TestUsers.as(otherCountry, () -> {
                    petitions.approve(id);
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> {
                    petitions.approve(id);
                    return null;
                }))
                .isInstanceOf(AuthorizationDeniedException.class);
        PikirUser moderator = accounts.moderator(CountryCode.UZ);
        assertThat(TestUsers.as(moderator, () -> petitions.moderationQueue(0, 500)))
                .extracting(PetitionSummary::id)
                .contains(id);
        long openBefore = counter.countByCountry().getOrDefault(CountryCode.UZ, 0L);
        TestUsers.as(moderator, () -> {
            petitions.approve(id);
            return null;
        });
        PetitionDetails details = petitions.details(id);
        assertThat(details.petition().getStatus()).isEqualTo(PetitionStatus.COLLECTING);
        assertThat(details.petition().getClosesAt()).isAfter(clock.instant());
        assertThat(counter.countByCountry().get(CountryCode.UZ)).isEqualTo(openBefore + 1);
        assertThatThrownBy(() -> TestUsers.as(moderator, () -> {
                    petitions.approve(id);
                    return null;
                }))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("petition.moderate.notPending"));
    }

    @Test
    void rejectionIsPublishedWithItsReasonAndOffensiveTextHidden() {
        Agency agency = parliament(CountryCode.KZ);
        long offensive = fixtures.pending(CountryCode.KZ, agency.getId(), "Offensive words in this title");
        long other = fixtures.pending(CountryCode.KZ, agency.getId(), "Something unclear but harmless");
        PikirUser moderator = accounts.moderator(CountryCode.KZ);
        assertThatThrownBy(() -> TestUsers.as(moderator, () -> {
                    petitions.reject(other, new RejectionForm(RejectionReason.OTHER, " "));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("note"));
        TestUsers.as(moderator, () -> {
            petitions.reject(offensive, new RejectionForm(RejectionReason.OFFENSIVE, null));
            petitions.reject(other, new RejectionForm(RejectionReason.OTHER, "Addressed to a private company."));
            return null;
        });
        PetitionDetails hidden = petitions.details(offensive);
        assertThat(hidden.petition().getStatus()).isEqualTo(PetitionStatus.REJECTED);
        assertThat(hidden.contentVisible()).isFalse();
        PetitionDetails shown = petitions.details(other);
        assertThat(shown.contentVisible()).isTrue();
        assertThat(shown.petition().getRejectionNote()).isEqualTo("Addressed to a private company.");
        List<PetitionSummary> rejected = petitions.search(
                new PetitionFilter(CountryCode.KZ, PetitionStatus.REJECTED, null, PetitionSort.NEWEST), 0, 500);
        assertThat(rejected)
                .filteredOn(s -> s.id() == offensive)
                .singleElement()
                .satisfies(s -> assertThat(s.title()).isNull());
        assertThat(petitions.search(new PetitionFilter(CountryCode.KZ, null, "Offensive words", null), 0, 50))
                .extracting(PetitionSummary::id)
                .doesNotContain(offensive);
    }

    @Test
    void signingTwiceIsRefusedAndWithdrawalRemovesTheRow() {
        Agency agency = parliament(CountryCode.KZ);
        long id = fixtures.collecting(CountryCode.KZ, agency.getId(), "More trains between Astana and Almaty", 100);
        PikirUser signer = accounts.citizen("KZ");
        assertThat(TestUsers.as(signer, () -> petitions.sign(id))).isEqualTo(1);
        assertThatThrownBy(() -> TestUsers.as(signer, () -> petitions.sign(id)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("petition.sign.already"));
        assertThat(ledger.countRows(id)).isEqualTo(1);
        assertThat(TestUsers.as(signer, () -> petitions.details(id)).canWithdraw())
                .isTrue();
        assertThat(TestUsers.as(signer, () -> petitions.withdraw(id))).isZero();
        assertThat(ledger.countRows(id)).isZero();
        assertThat(ledger.count(id)).isZero();
        assertThatThrownBy(() -> TestUsers.as(signer, () -> petitions.withdraw(id)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("petition.withdraw.notSigned"));
    }

    @Test
    void reachingTheThresholdChangesStatusAndSetsTheResponseDeadline() {
        Agency agency = parliament(CountryCode.TM);
        long id = fixtures.collecting(CountryCode.TM, agency.getId(), "Drinking fountains in Ashgabat parks", 3);
        PikirUser official = accounts.official(agency.getId());
        for (int i = 0; i < 3; i++) {
            TestUsers.as(accounts.citizen("TM"), () -> petitions.sign(id));
        }
        PetitionDetails details = petitions.details(id);
        assertThat(details.petition().getStatus()).isEqualTo(PetitionStatus.THRESHOLD_REACHED);
        assertThat(details.signatures()).isEqualTo(3);
        Integer days = jdbc.queryForObject(
                "select petition_response_days from country_rules where country_code = 'TM'", Integer.class);
        assertThat(Duration.between(
                        details.petition().getThresholdReachedAt(),
                        details.petition().getResponseDue()))
                .isBetween(Duration.ofDays(days), Duration.ofDays(days + 1));
        assertThat(TestUsers.as(official, () -> petitions.toAnswer(0, 500)))
                .extracting(PetitionSummary::id)
                .contains(id);
        assertThat(notifications(official.accountId(), "petition.notify.toAnswer.subject", id))
                .isEqualTo(1);
        // Still open: the threshold does not end the collection period.
        assertThat(TestUsers.as(accounts.citizen("TM"), () -> petitions.sign(id)))
                .isEqualTo(4);
    }

    @Test
    void onlyAnOfficialOfTheAddresseeResponds() {
        Agency agency = parliament(CountryCode.KG);
        Agency otherAgency = fixtures.agency(CountryCode.KG, AgencyKind.MINISTRY);
        long id = fixtures.collecting(CountryCode.KG, agency.getId(), "Free public wifi in Bishkek buses", 1);
        ResponseForm form = new ResponseForm(ResponseDecision.WILL_ACT, "We will equip all buses by next year.");
        PikirUser stranger = accounts.official(otherAgency.getId());
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> {
                    petitions.respond(id, form);
                    return null;
                }))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("petition.respond.notAwaiting"));
        PikirUser signer = accounts.citizen("KG");
        TestUsers.as(signer, () -> petitions.sign(id));
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> {
                    petitions.respond(id, form);
                    return null;
                }))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.accessDenied"));
        PikirUser official = accounts.official(agency.getId());
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    petitions.respond(id, new ResponseForm(null, "<script>x</script> and more text here"));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("decision", "responseText"));
        TestUsers.as(official, () -> {
            petitions.respond(id, form);
            return null;
        });
        PetitionDetails details = petitions.details(id);
        assertThat(notifications(signer.accountId(), "petition.notify.responded.subject", id))
                .isEqualTo(1);
        assertThat(details.petition().getStatus()).isEqualTo(PetitionStatus.RESPONDED);
        assertThat(details.petition().getResponseText()).isEqualTo(form.text());
        assertThat(details.petition().getResponseDecision()).isEqualTo(ResponseDecision.WILL_ACT);
        assertThatThrownBy(() -> TestUsers.as(accounts.citizen("KG"), () -> petitions.sign(id)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("petition.sign.closed"));
    }

    @Test
    void expiryClosesPetitionsWhosePeriodEndedBelowTheThreshold() {
        Agency agency = parliament(CountryCode.UZ);
        long below = fixtures.collecting(CountryCode.UZ, agency.getId(), "Shade trees along Navoi street", 5);
        long reached = fixtures.collecting(CountryCode.UZ, agency.getId(), "Later school start in winter", 1);
        TestUsers.as(accounts.citizen("UZ"), () -> petitions.sign(below));
        TestUsers.as(accounts.citizen("UZ"), () -> petitions.sign(reached));
        PetitionDetails before = petitions.details(below);
        clock.set(before.petition().getClosesAt().minusSeconds(60));
        expiry.closeDue();
        assertThat(petitions.details(below).petition().getStatus()).isEqualTo(PetitionStatus.COLLECTING);

        clock.set(before.petition().getClosesAt().plusSeconds(1));
        assertThatThrownBy(() -> TestUsers.as(accounts.citizen("UZ"), () -> petitions.sign(below)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("petition.sign.closed"));
        assertThat(expiry.closeDue()).isGreaterThanOrEqualTo(1);
        PetitionDetails after = petitions.details(below);
        assertThat(after.petition().getStatus()).isEqualTo(PetitionStatus.EXPIRED);
        assertThat(after.petition().getClosedAt()).isNotNull();
        assertThat(after.signatures()).isEqualTo(1);
        assertThat(petitions.details(reached).petition().getStatus()).isEqualTo(PetitionStatus.THRESHOLD_REACHED);
    }

    @Test
    void publicListFiltersSortsAndSearches() {
        Agency agency = parliament(CountryCode.TJ);
        String marker = "Zarafshon" + System.nanoTime();
        long few = fixtures.collecting(CountryCode.TJ, agency.getId(), marker + " river cleaning day", 100);
        long many = fixtures.collecting(CountryCode.TJ, agency.getId(), marker + " river embankment lights", 100);
        TestUsers.as(accounts.citizen("TJ"), () -> petitions.sign(many));
        TestUsers.as(accounts.citizen("TJ"), () -> petitions.sign(many));
        TestUsers.as(accounts.citizen("TJ"), () -> petitions.sign(few));
        List<PetitionSummary> found = petitions.search(
                new PetitionFilter(
                        CountryCode.TJ,
                        PetitionStatus.COLLECTING,
                        marker.toLowerCase() + " riv",
                        PetitionSort.SIGNATURES),
                0,
                10);
        assertThat(found).extracting(PetitionSummary::id).containsExactly(many, few);
        assertThat(found.getFirst().signatures()).isEqualTo(2);
        assertThat(petitions.search(new PetitionFilter(CountryCode.KZ, null, marker, null), 0, 10))
                .isEmpty();
        assertThat(petitions.similar(CountryCode.TJ, marker + " embankment", ""))
                .extracting(PetitionSummary::id)
                .first()
                .isEqualTo(many);
    }
}
