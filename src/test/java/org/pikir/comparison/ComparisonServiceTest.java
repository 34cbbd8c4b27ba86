package org.pikir.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The comparison's aggregate SQL against the hand-counted fixture, suppression, validation, access. */
@IntegrationTest
class ComparisonServiceTest {

    private static final List<CountryCode> ALL = List.of(CountryCode.values());

    @Autowired
    ComparisonService service;

    @Autowired
    CountryService countries;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    PikirUser analyst;

    @BeforeEach
    void setUp() {
        ComparisonFixture.ensure(jdbc);
        analyst = accounts.withRoles(EnumSet.of(Role.ANALYST));
        TestUsers.signIn(analyst);
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
        clock.reset();
    }

    @Test
    void countsEachActivityPerCountryInTheCountrysOwnTimeZone() {
        Comparison c = service.compare(ComparisonFixture.FROM, ComparisonFixture.TO, ALL, AccessAction.VIEW);

        assertThat(c.hasData()).isTrue();
        assertCount(c, "consultations", CountryCode.KZ, 5);
        assertCount(c, "comments", CountryCode.KZ, 7);
        assertCount(c, "appeals", CountryCode.KZ, 8);
        assertCount(c, "petitions", CountryCode.KZ, 6);
        assertCount(c, "signatures", CountryCode.KZ, 12);
        assertCount(c, "all", CountryCode.KZ, 33);
        assertCount(c, "all", CountryCode.UZ, 10);
        assertCount(c, "signatures", CountryCode.UZ, 5);
        assertCount(c, "appeals_answered", CountryCode.KZ, 6);
        assertCount(c, "answer_ratings", CountryCode.KZ, 5);
        assertCount(c, "petition_responses", CountryCode.KZ, 5);

        assertValue(c, "appeals_on_time", CountryCode.KZ, 5 * 100.0 / 6);
        assertValue(c, "appeal_median_days", CountryCode.KZ, 3.5);
        assertValue(c, "answer_rating", CountryCode.KZ, 4.2);
        assertValue(c, "language_kk", CountryCode.KZ, 8 * 100.0 / 15);
        assertValue(c, "language_ru", CountryCode.KZ, 7 * 100.0 / 15);
        assertValue(c, "language_uz", CountryCode.UZ, 100.0);

        assertCount(c, "comments_considered", CountryCode.KZ, 6);
        assertValue(c, "share_considered", CountryCode.KZ, 6 * 100.0 / 8);
        assertValue(c, "decision_accepted", CountryCode.KZ, 5 * 100.0 / 6);

        long kzPopulation = countries.country(CountryCode.KZ).orElseThrow().getPopulation();
        assertValue(c, "comments_per_100k_population", CountryCode.KZ, 7 * 100_000.0 / kzPopulation);
        double kzInternetUsers = kzPopulation
                * countries
                        .country(CountryCode.KZ)
                        .orElseThrow()
                        .getInternetUsersPct()
                        .doubleValue()
                / 100;
        assertValue(c, "all_per_100k_internet_users", CountryCode.KZ, 33 * 100_000.0 / kzInternetUsers);
    }

    @Test
    void countsBelowFiveAndEverythingDerivedFromThemAreSuppressed() {
        Comparison c = service.compare(ComparisonFixture.FROM, ComparisonFixture.TO, ALL, AccessAction.VIEW);

        for (String id : List.of("consultations", "comments", "appeals", "appeals_answered")) {
            assertThat(figure(c, id, CountryCode.UZ).suppressed())
                    .as(id + " UZ")
                    .isTrue();
        }
        assertThat(figure(c, "comments_per_100k_population", CountryCode.UZ).suppressed())
                .isTrue();
        assertThat(figure(c, "comments_per_100k_internet_users", CountryCode.UZ).suppressed())
                .isTrue();
        // 2 of 2 on time: the share would reveal the small count
        assertThat(figure(c, "appeals_on_time", CountryCode.UZ).suppressed()).isTrue();
        assertThat(figure(c, "appeal_median_days", CountryCode.UZ).suppressed()).isTrue();
        // 4 of 5 petition responses on time: the part is below five
        assertThat(figure(c, "petition_responses_on_time", CountryCode.KZ).suppressed())
                .isTrue();
        // 2 Russian comments + 5 Russian appeals = 7 shown, Uzbek 0 in KZ suppressed
        assertThat(figure(c, "language_uz", CountryCode.KZ).suppressed()).isTrue();
        // 1 rejected of 6 considered
        assertThat(figure(c, "decision_rejected", CountryCode.KZ).suppressed()).isTrue();
        assertThat(figure(c, "share_considered", CountryCode.UZ).suppressed()).isTrue();
        for (Row row : c.rows()) {
            assertThat(row.value(CountryCode.KG).state()).as(row.id() + " KG").isEqualTo(Figure.State.SUPPRESSED);
        }
    }

    @Test
    void uzbekistanRatesPerInternetUserAreUpperBoundsFromTheSeventyPercentFloor() {
        Comparison c = service.compare(ComparisonFixture.FROM, ComparisonFixture.TO, ALL, AccessAction.VIEW);

        Figure signatures = figure(c, "signatures_per_100k_internet_users", CountryCode.UZ);
        long uzPopulation = countries.country(CountryCode.UZ).orElseThrow().getPopulation();
        assertThat(signatures.state()).isEqualTo(Figure.State.UPPER_BOUND);
        assertThat(signatures.value()).isCloseTo(5 * 100_000.0 / (uzPopulation * 0.70), within(1e-9));
        assertThat(figure(c, "signatures_per_100k_population", CountryCode.UZ).state())
                .isEqualTo(Figure.State.VALUE);
    }

    @Test
    void monthlyTrendsSuppressEachMonthOnItsOwn() {
        Comparison c = service.compare(
                ComparisonFixture.FROM, ComparisonFixture.TO, List.of(CountryCode.KZ), AccessAction.VIEW);

        assertThat(c.months()).containsExactly(YearMonth.of(2012, 3), YearMonth.of(2012, 4), YearMonth.of(2012, 5));
        Trend all = c.trends().get(0);
        assertThat(all.id()).isEqualTo("all");
        List<Figure> kz = all.values().get(CountryCode.KZ);
        assertThat(kz.get(0).value()).isEqualTo(18); // 4 comments + 8 appeals + 6 petitions
        assertThat(kz.get(1).value()).isEqualTo(14); // 2 comments + 12 signatures
        assertThat(kz.get(2).suppressed()).isTrue(); // 1 comment
        Trend comments = c.trends().stream()
                .filter(t -> t.id().equals("comments"))
                .findFirst()
                .orElseThrow();
        assertThat(comments.values().get(CountryCode.KZ)).allMatch(Figure::suppressed); // 4, 2, 1
        assertThat(c.countries()).containsExactly(CountryCode.KZ);
        assertThat(c.references()).extracting(Reference::country).containsExactly(CountryCode.KZ);
    }

    @Test
    void referenceChangesAreComputedFromTheValues() {
        Comparison c = service.compare(ComparisonFixture.FROM, ComparisonFixture.TO, ALL, AccessAction.VIEW);

        Reference kz = c.reference(CountryCode.KZ).orElseThrow();
        assertThat(kz.epartChange()).isEqualByComparingTo("-0.1406");
        assertThat(kz.egdiChange()).isEqualByComparingTo("0.1784");
        assertThat(kz.egdiChangePercent().value()).isCloseTo(0.1784 / 0.6844 * 100, within(1e-9));
        Reference tj = c.reference(CountryCode.TJ).orElseThrow();
        assertThat(tj.epartChange()).isEqualByComparingTo("0.2500");
        assertThat(tj.epartChangePercent().state()).isEqualTo(Figure.State.NO_BASE);
    }

    @Test
    void aPeriodWithoutDataGivesSuppressedCellsAndNoError() {
        Comparison c = service.compare(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 31), ALL, AccessAction.VIEW);

        assertThat(c.hasData()).isFalse();
        assertThat(c.rows()).isNotEmpty();
        assertThat(c.rows().stream().flatMap(r -> r.values().values().stream())).allMatch(Figure::suppressed);
    }

    @Test
    void badPeriodsAreRefusedWithAMessagePerField() {
        clock.set(Instant.parse("2026-06-15T12:00:00Z"));
        assertThatThrownBy(() -> service.compare(null, null, ALL, AccessAction.VIEW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("from", "to"));
        assertThatThrownBy(() ->
                        service.compare(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 17), ALL, AccessAction.VIEW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("to");
                    assertThat(e.fieldErrors().get("to").key()).isEqualTo("comparison.error.future");
                });
        assertThatThrownBy(() ->
                        service.compare(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), ALL, AccessAction.VIEW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("to").key()).isEqualTo("comparison.error.periodOrder"));
        assertThatThrownBy(() ->
                        service.compare(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 1, 1), ALL, AccessAction.VIEW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("to").key()).isEqualTo("comparison.error.tooLong"));
        assertThatThrownBy(() -> service.compare(
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), List.of(), AccessAction.VIEW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("countries"));
        // today in the easternmost country is allowed
        assertThat(service.compare(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15), ALL, AccessAction.VIEW))
                .isNotNull();
    }

    @Test
    void everyAccessIsLoggedWithWhoWhenAndPeriod() {
        service.compare(
                ComparisonFixture.FROM,
                ComparisonFixture.TO,
                List.of(CountryCode.UZ, CountryCode.KZ),
                AccessAction.VIEW);
        service.recordExport(ComparisonFixture.FROM, ComparisonFixture.TO, List.of(CountryCode.UZ, CountryCode.KZ));

        List<String> logged = jdbc.queryForList("""
                select period_from || ' ' || period_to || ' ' || countries || ' ' || action
                from comparison_access_log where account_id = ? order by id""", String.class, analyst.accountId());
        assertThat(logged)
                .containsExactly("2012-03-01 2012-05-31 KZ,UZ VIEW", "2012-03-01 2012-05-31 KZ,UZ EXPORT_CSV");
    }

    @Test
    void citizensOfficialsAndModeratorsAreDenied() {
        long agency = jdbc.queryForObject("select min(id) from agency where country_code = 'KZ'", Long.class);
        for (PikirUser user :
                List.of(accounts.citizen("KZ"), accounts.official(agency), accounts.moderator(CountryCode.KZ))) {
            TestUsers.signIn(user);
            assertThatThrownBy(
                            () -> service.compare(ComparisonFixture.FROM, ComparisonFixture.TO, ALL, AccessAction.VIEW))
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.recordExport(ComparisonFixture.FROM, ComparisonFixture.TO, ALL))
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }
        TestUsers.signOut();
        assertThatThrownBy(() -> service.compare(ComparisonFixture.FROM, ComparisonFixture.TO, ALL, AccessAction.VIEW))
                .isInstanceOf(RuntimeException.class);
        TestUsers.signIn(analyst);
        assertThatThrownBy(() -> service.recentAccess(10))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        TestUsers.signIn(accounts.withRoles(EnumSet.of(Role.ADMIN)));
        assertThat(service.recentAccess(10)).isNotNull();
    }

    @Test
    void everyLabelTheComparisonUsesIsTranslatedInAllThreeLanguages() {
        Comparison c = service.compare(ComparisonFixture.FROM, ComparisonFixture.TO, ALL, AccessAction.VIEW);
        java.util.Set<String> keys = new java.util.TreeSet<>();
        c.rows().forEach(r -> {
            keys.add(r.labelKey());
            keys.add(r.section().labelKey());
            if (r.argKey() != null) {
                keys.add(r.argKey());
            }
        });
        c.trends().forEach(t -> keys.add(t.labelKey()));
        for (AccessAction action : AccessAction.values()) {
            keys.add("comparison.access.action." + action.name());
        }
        var provider = new org.pikir.shared.i18n.TranslationProvider();
        for (var language : org.pikir.shared.i18n.UiLanguage.values()) {
            assertThat(provider.keys(language)).as(language.code()).containsAll(keys);
        }
    }

    private static Figure figure(Comparison c, String row, CountryCode country) {
        return c.row(row).orElseThrow(() -> new AssertionError("no row " + row)).value(country);
    }

    private static void assertCount(Comparison c, String row, CountryCode country, long expected) {
        Figure f = figure(c, row, country);
        assertThat(f.state()).as(row + " " + country).isEqualTo(Figure.State.VALUE);
        assertThat(f.value()).as(row + " " + country).isEqualTo(expected);
    }

    private static void assertValue(Comparison c, String row, CountryCode country, double expected) {
        Figure f = figure(c, row, country);
        assertThat(f.state()).as(row + " " + country).isEqualTo(Figure.State.VALUE);
        assertThat(f.value()).as(row + " " + country).isCloseTo(expected, within(1e-9));
    }
}
