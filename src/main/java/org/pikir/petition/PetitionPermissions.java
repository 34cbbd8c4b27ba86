package org.pikir.petition;

import java.time.Instant;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a petition, in one place. Services enforce these rules; views only use them to decide
 * which actions to show. Verification is checked separately, fresh from the database.
 */
@Component
public class PetitionPermissions {

    /** Anyone sees moderated petitions; pending ones only their author and the country's moderators. */
    public boolean canView(Petition petition, PikirUser user) {
        if (petition.getStatus().isPublic()) {
            return true;
        }
        return user != null
                && (user.accountId() == petition.getAuthorId()
                        || isModeratorOf(petition, user)
                        || user.hasRole(Role.ADMIN));
    }

    /** A moderator of the petition's country, while it waits for moderation. */
    public boolean canModerate(Petition petition, PikirUser user) {
        return petition.getStatus() == PetitionStatus.PENDING && isModeratorOf(petition, user);
    }

    /** An official of the addressed agency, once the threshold is reached. */
    public boolean canRespond(Petition petition, PikirUser user) {
        return petition.getStatus() == PetitionStatus.THRESHOLD_REACHED
                && user != null
                && user.hasRole(Role.OFFICIAL)
                && user.agencyId() != null
                && user.agencyId() == petition.getAgencyId();
    }

    /** A citizen account while the petition collects (verification is checked by the service). */
    public boolean canSign(Petition petition, PikirUser user, Instant now) {
        return user != null && user.hasRole(Role.CITIZEN) && petition.isOpenForSignatures(now);
    }

    /** Citizens who may start petitions (verification is checked by the service). */
    public boolean canCreate(PikirUser user) {
        return user != null && user.hasRole(Role.CITIZEN);
    }

    private static boolean isModeratorOf(Petition petition, PikirUser user) {
        return user != null && user.hasRole(Role.MODERATOR) && petition.getCountry() == user.moderatorCountry();
    }
}
