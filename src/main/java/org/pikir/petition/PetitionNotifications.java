package org.pikir.petition;

import java.util.ArrayList;
import java.util.List;
import org.pikir.account.AccountService;
import org.pikir.country.CountryService;
import org.pikir.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The petition events people hear about, in-app and by e-mail, stored in the caller's transaction. */
@Component
class PetitionNotifications {

    private final NotificationService notifications;
    private final AccountService accounts;
    private final SignatureLedger ledger;
    private final CountryService countries;

    PetitionNotifications(
            NotificationService notifications,
            AccountService accounts,
            SignatureLedger ledger,
            CountryService countries) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.ledger = ledger;
        this.countries = countries;
    }

    void approved(Petition petition) {
        notifications.notify(
                petition.getAuthorId(),
                "petition.notify.approved.subject",
                "petition.notify.approved.body",
                List.of(petition.getTitle()),
                link(petition));
    }

    void rejected(Petition petition) {
        notifications.notify(
                petition.getAuthorId(),
                "petition.notify.rejected.subject",
                "petition.notify.rejected.body",
                List.of(petition.getTitle()),
                link(petition));
    }

    /** The addressee's officials must respond; the author hears the good news. */
    void thresholdReached(Petition petition, long signatures) {
        List<Long> officials = accounts.officialsOf(petition.getAgencyId()).stream()
                .map(AccountService.Contact::accountId)
                .toList();
        List<String> args = List.of(
                petition.getTitle(),
                Long.toString(signatures),
                petition.getResponseDue() == null
                        ? ""
                        : petition.getResponseDue()
                                .atZone(countries
                                        .country(petition.getCountry())
                                        .orElseThrow()
                                        .getZone())
                                .toLocalDate()
                                .toString());
        notifications.notifyAll(
                officials, "petition.notify.toAnswer.subject", "petition.notify.toAnswer.body", args, link(petition));
        notifications.notify(
                petition.getAuthorId(),
                "petition.notify.reached.subject",
                "petition.notify.reached.body",
                args,
                link(petition));
    }

    /** Everyone who signed, and the author, learns the response. */
    void responded(Petition petition) {
        List<Long> people = new ArrayList<>(ledger.signers(petition.getId()));
        people.add(petition.getAuthorId());
        notifications.notifyAll(
                people,
                "petition.notify.responded.subject",
                "petition.notify.responded.body",
                List.of(petition.getTitle()),
                link(petition));
    }

    void expired(Petition petition, long signatures) {
        notifications.notify(
                petition.getAuthorId(),
                "petition.notify.expired.subject",
                "petition.notify.expired.body",
                List.of(petition.getTitle(), Long.toString(signatures)),
                link(petition));
    }

    static String link(Petition petition) {
        return "petition/" + petition.getId();
    }
}
