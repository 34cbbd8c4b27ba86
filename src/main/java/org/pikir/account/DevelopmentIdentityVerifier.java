package org.pikir.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Development verifier: an administrator vouches for the person (e.g. after seeing an ID document). It
 * demands a note so the audit trail says why. Disable it with {@code pikir.verification.dev-enabled=false}
 * once a real eID verifier is installed.
 */
@Component
@ConditionalOnProperty(name = "pikir.verification.dev-enabled", havingValue = "true", matchIfMissing = true)
class DevelopmentIdentityVerifier implements IdentityVerifier {

    @Override
    public String name() {
        return "dev-admin";
    }

    @Override
    public VerificationResult verify(long accountId, String evidence) {
        if (evidence == null || evidence.isBlank()) {
            return VerificationResult.rejected("account.verify.noteRequired");
        }
        return VerificationResult.ok();
    }
}
