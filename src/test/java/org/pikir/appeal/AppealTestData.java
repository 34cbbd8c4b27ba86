package org.pikir.appeal;

import java.util.List;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.TestUsers;
import org.springframework.stereotype.Component;

/** Agencies from the reference data and appeals submitted through the real service. */
@Component
class AppealTestData {

    private final CountryService countries;
    private final AppealService appeals;

    AppealTestData(CountryService countries, AppealService appeals) {
        this.countries = countries;
        this.appeals = appeals;
    }

    /** The n-th ministry of a country (by code), so tests can pick distinct agencies. */
    Agency ministry(CountryCode country, int n) {
        return countries.agencies(country).stream()
                .filter(a -> a.getKind() == AgencyKind.MINISTRY)
                .sorted(java.util.Comparator.comparing(Agency::getCode))
                .skip(n)
                .findFirst()
                .orElseThrow();
    }

    static AppealForm form(Agency agency, String subject, String text, List<AttachmentUpload> files) {
        return new AppealForm(
                agency.getId(),
                agency.getCountry(),
                AppealType.COMPLAINT,
                subject,
                text,
                ContactPreference.EMAIL,
                false,
                files);
    }

    /** Submits an appeal as {@code author} and returns the acknowledgement. */
    SubmittedAppeal submit(PikirUser author, Agency agency, String subject) {
        return TestUsers.as(
                author,
                () -> appeals.submit(form(
                        agency, subject, "The street lights on our street have been off for three weeks.", List.of())));
    }
}
