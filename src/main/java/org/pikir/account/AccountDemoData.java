package org.pikir.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.demo.DemoDataContributor;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for every role and country (listed in the README). All share one password so a reviewer
 * can switch roles quickly; never enabled against an external database unless PIKIR_DEMO=true.
 */
@Component
class AccountDemoData implements DemoDataContributor {

    static final String PASSWORD = "pikir-demo-2026";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CountryService countries;
    private final Clock clock;

    AccountDemoData(UserAccountRepository accounts, PasswordEncoder encoder, CountryService countries, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.countries = countries;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "account.users";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        String hash = encoder.encode(PASSWORD);
        user(
                "admin@pikir.demo",
                "Pikir Admin",
                "KZ",
                "KZ",
                UiLanguage.EN,
                hash,
                true,
                EnumSet.of(Role.ADMIN),
                null,
                null);
        user(
                "analyst@pikir.demo",
                "Dana Analyst",
                "KZ",
                "KZ",
                UiLanguage.EN,
                hash,
                true,
                EnumSet.of(Role.ANALYST),
                null,
                null);
        user(
                "migrant@pikir.demo",
                "Bekzod Karimov",
                "KZ",
                "UZ",
                UiLanguage.RU,
                hash,
                true,
                EnumSet.of(Role.CITIZEN),
                null,
                null);
        user(
                "unverified@pikir.demo",
                "Aruzhan Unverified",
                "KZ",
                "KZ",
                UiLanguage.KK,
                hash,
                false,
                EnumSet.of(Role.CITIZEN),
                null,
                null);
        List<String[]> citizens = List.of(
                new String[] {"KZ", "Айгерим Сапарова", "kk"},
                new String[] {"UZ", "Dilnoza Yusupova", "ru"},
                new String[] {"KG", "Азамат Турдубаев", "ru"},
                new String[] {"TJ", "Фарух Раҳимов", "ru"},
                new String[] {"TM", "Aýna Orazowa", "ru"});
        for (String[] c : citizens) {
            String code = c[0].toLowerCase();
            user(
                    "citizen." + code + "@pikir.demo",
                    c[1],
                    c[0],
                    c[0],
                    UiLanguage.fromCode(c[2]).orElseThrow(),
                    hash,
                    true,
                    EnumSet.of(Role.CITIZEN),
                    null,
                    null);
            CountryCode country = CountryCode.valueOf(c[0]);
            user(
                    "moderator." + code + "@pikir.demo",
                    "Moderator " + c[0],
                    c[0],
                    c[0],
                    UiLanguage.RU,
                    hash,
                    true,
                    EnumSet.of(Role.MODERATOR),
                    null,
                    country);
            firstMinistry(country)
                    .ifPresent(agency -> user(
                            "official." + code + "@pikir.demo",
                            "Official " + c[0],
                            c[0],
                            c[0],
                            UiLanguage.RU,
                            hash,
                            true,
                            EnumSet.of(Role.OFFICIAL),
                            agency.getId(),
                            null));
        }
    }

    private java.util.Optional<Agency> firstMinistry(CountryCode country) {
        return countries.agencies(country).stream()
                .filter(a -> a.getKind() == AgencyKind.MINISTRY)
                .sorted(java.util.Comparator.comparing(Agency::getCode))
                .findFirst();
    }

    private void user(
            String email,
            String name,
            String residence,
            String citizenship,
            UiLanguage language,
            String hash,
            boolean verified,
            EnumSet<Role> roles,
            Long agencyId,
            CountryCode moderatorCountry) {
        if (accounts.findByEmail(email).isPresent()) {
            return;
        }
        UserAccount account = new UserAccount(email, hash, name, residence, citizenship, language, clock.instant());
        account.assignRoles(roles, agencyId, moderatorCountry);
        if (verified) {
            account.markVerified(clock.instant(), "demo-data");
        }
        accounts.save(account);
    }
}
