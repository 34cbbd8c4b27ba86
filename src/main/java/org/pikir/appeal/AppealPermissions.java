package org.pikir.appeal;

import java.util.Optional;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with an appeal, in one place. Everything not allowed here looks like a missing
 * appeal to the caller ({@link NotFoundException}), so the existence of other people's appeals never leaks.
 */
@Component
class AppealPermissions {

    private final AppealRepository appeals;
    private final AppealEventRepository events;
    private final CurrentUser currentUser;

    AppealPermissions(AppealRepository appeals, AppealEventRepository events, CurrentUser currentUser) {
        this.appeals = appeals;
        this.events = events;
        this.currentUser = currentUser;
    }

    record Visible(Appeal appeal, AppealAccess access, PikirUser user) {}

    /** The appeal with the caller's access to it, or not found. */
    Visible visible(long appealId) {
        PikirUser user = currentUser.get().orElseThrow(NotFoundException::new);
        Appeal appeal = appeals.findById(appealId).orElseThrow(NotFoundException::new);
        return access(appeal, user).map(a -> new Visible(appeal, a, user)).orElseThrow(NotFoundException::new);
    }

    /** The appeal if the caller is its author. */
    Visible asAuthor(long appealId) {
        Visible v = visible(appealId);
        if (v.access() != AppealAccess.AUTHOR) {
            throw new NotFoundException();
        }
        return v;
    }

    /** The appeal if the caller is an official of the agency handling it now. */
    Visible asHandler(long appealId) {
        Visible v = visible(appealId);
        if (v.access() != AppealAccess.HANDLER) {
            throw new NotFoundException();
        }
        return v;
    }

    /** The official's agency, or not found for anyone else. */
    long myAgency() {
        PikirUser user = currentUser.get().orElseThrow(NotFoundException::new);
        if (!user.hasRole(Role.OFFICIAL) || user.agencyId() == null) {
            throw new NotFoundException();
        }
        return user.agencyId();
    }

    Optional<AppealAccess> access(Appeal appeal, PikirUser user) {
        if (appeal.getAuthorId() == user.accountId()) {
            return Optional.of(AppealAccess.AUTHOR);
        }
        if (user.hasRole(Role.OFFICIAL) && user.agencyId() != null) {
            long agency = user.agencyId();
            if (appeal.getAgencyId() == agency) {
                return Optional.of(AppealAccess.HANDLER);
            }
            if (appeal.getId() != null && events.existsByAppealIdAndAgencyId(appeal.getId(), agency)) {
                return Optional.of(AppealAccess.FORMER_HANDLER);
            }
        }
        return Optional.empty();
    }
}
