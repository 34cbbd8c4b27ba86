package org.pikir.petition;

import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Petitions in a chosen state for tests, made through the real service. */
@Component
public class PetitionFixtures {

    private final PetitionService petitions;
    private final AccountFixtures accounts;
    private final CountryService countries;
    private final JdbcTemplate jdbc;

    PetitionFixtures(PetitionService petitions, AccountFixtures accounts, CountryService countries, JdbcTemplate jdbc) {
        this.petitions = petitions;
        this.accounts = accounts;
        this.countries = countries;
        this.jdbc = jdbc;
    }

    public Agency agency(CountryCode country, AgencyKind kind) {
        return countries.agencies(country).stream()
                .filter(a -> a.getKind() == kind)
                .findFirst()
                .orElseGet(() -> countries.agencies(country).getFirst());
    }

    public PetitionForm form(CountryCode country, long agencyId, String title) {
        return new PetitionForm(
                country,
                agencyId,
                title,
                "The text of this petition explains the problem in enough words to pass the minimum length.",
                "Please change the rule so that it works.");
    }

    /** A petition submitted by a new verified citizen, still pending. */
    public long pending(CountryCode country, long agencyId, String title) {
        PikirUser author = accounts.citizen(country.name());
        return TestUsers.as(author, () -> petitions.submit(form(country, agencyId, title)));
    }

    /** A collecting petition with its threshold set low for the test. */
    public long collecting(CountryCode country, long agencyId, String title, int threshold) {
        long id = pending(country, agencyId, title);
        PikirUser moderator = accounts.moderator(country);
        TestUsers.as(moderator, () -> {
            petitions.approve(id);
            return null;
        });
        jdbc.update("update petition set threshold = ? where id = ?", threshold, id);
        return id;
    }
}
