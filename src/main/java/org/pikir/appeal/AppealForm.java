package org.pikir.appeal;

import java.util.List;

/** What the submit form collects; validated by {@link AppealService#submit}. Field names are error keys. */
public record AppealForm(
        Long agencyId,
        org.pikir.country.CountryCode country,
        AppealType type,
        String subject,
        String text,
        ContactPreference contactPreference,
        boolean publishAnonymised,
        List<AttachmentUpload> attachments) {

    public AppealForm {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
