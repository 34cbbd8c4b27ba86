package org.pikir.consultation;

import java.time.Clock;
import java.util.Optional;
import org.pikir.account.AccountService;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.shared.DomainException;
import org.pikir.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a consultation, in one place: officials of the drafting agency manage it; verified
 * citizens take part while it is open; moderators of its country hide comments. Views ask the same questions
 * to decide which buttons to show.
 */
@Component
public class ConsultationPermissions {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ConsultationPermissions(CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An official of the drafting agency. */
    public boolean canManage(DraftLaw draft) {
        return currentUser.get().map(u -> isManager(u, draft.getAgencyId())).orElse(false);
    }

    /** Published drafts are public; an unpublished one only exists for its agency's officials. */
    public boolean canView(DraftLaw draft) {
        return draft.getStatus().isPublic() || canManage(draft);
    }

    /** Whether the caller may comment and vote now (signed-in verified citizen, consultation open). */
    public boolean canParticipate(DraftLaw draft) {
        return participationDenial(draft).isEmpty();
    }

    /** Moderator of the draft's country or administrator. */
    public boolean canModerate(DraftLaw draft) {
        return currentUser
                .get()
                .map(u -> u.hasRole(Role.ADMIN)
                        || u.hasRole(Role.MODERATOR) && draft.getCountry() == u.moderatorCountry())
                .orElse(false);
    }

    /** Whether the caller may create drafts at all (an official bound to an agency). */
    public boolean canDraft() {
        return currentUser
                .get()
                .map(u -> u.hasRole(Role.OFFICIAL) && u.agencyId() != null)
                .orElse(false);
    }

    /** The translation key saying why the caller may not take part now, if they may not. */
    public Optional<String> participationDenial(DraftLaw draft) {
        Optional<PikirUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Optional.of("error.signInRequired");
        }
        if (!user.get().hasRole(Role.CITIZEN)) {
            return Optional.of("consultation.error.citizensOnly");
        }
        if (!draft.acceptsParticipation(clock.instant())) {
            return Optional.of("consultation.error.notOpen");
        }
        if (!accounts.isVerified(user.get().accountId())) {
            return Optional.of("consultation.error.verifyFirst");
        }
        return Optional.empty();
    }

    /**
     * The translation key saying why the caller may not vote in a poll now, if they may not: a poll is for
     * verified citizens of the consultation's country (wherever they live) while both the poll and the
     * consultation are open.
     */
    public Optional<String> pollVoteDenial(DraftLaw draft, boolean pollOpen) {
        Optional<PikirUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Optional.of("error.signInRequired");
        }
        if (!user.get().hasRole(Role.CITIZEN)) {
            return Optional.of("consultation.error.citizensOnly");
        }
        if (!pollOpen || !draft.acceptsParticipation(clock.instant())) {
            return Optional.of("consultation.poll.error.closed");
        }
        // read fresh: verification and citizenship may change during a session
        Optional<org.pikir.account.UserAccount> account = currentUser.account();
        if (account.isEmpty() || !account.get().isVerified()) {
            return Optional.of("consultation.error.verifyFirst");
        }
        if (!draft.getCountry().name().equals(account.get().getCitizenship())) {
            return Optional.of("consultation.poll.error.otherCountry");
        }
        return Optional.empty();
    }

    Optional<String> currentResidence() {
        return currentUser.account().map(org.pikir.account.UserAccount::getResidenceCountry);
    }

    Optional<Long> currentAccountId() {
        return currentUser.get().map(PikirUser::accountId);
    }

    PikirUser currentUser() {
        return currentUser.require();
    }

    PikirUser requireParticipant(DraftLaw draft) {
        Optional<String> denial = participationDenial(draft);
        if (denial.isPresent()) {
            throw new DomainException(denial.get());
        }
        return currentUser.require();
    }

    PikirUser requireManager(DraftLaw draft) {
        if (!canView(draft)) {
            throw new NotFoundException();
        }
        if (!canManage(draft)) {
            throw new DomainException("error.accessDenied");
        }
        return currentUser.require();
    }

    PikirUser requireModerator(DraftLaw draft) {
        if (!canModerate(draft)) {
            throw new DomainException("error.accessDenied");
        }
        return currentUser.require();
    }

    void requireVisible(DraftLaw draft) {
        if (!canView(draft)) {
            throw new NotFoundException();
        }
    }

    private static boolean isManager(PikirUser user, long agencyId) {
        return user.hasRole(Role.OFFICIAL) && user.agencyId() != null && user.agencyId() == agencyId;
    }
}
