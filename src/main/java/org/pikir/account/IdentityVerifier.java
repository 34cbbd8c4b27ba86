package org.pikir.account;

/**
 * Confirms that an account belongs to a real, identified person. Production deployments plug in the
 * national eID (Kazakhstan's eGov digital signature, Uzbekistan's OneID, …); development ships
 * {@link DevelopmentIdentityVerifier}, where an administrator vouches for the account.
 */
public interface IdentityVerifier {

    /** Short name recorded with the verification, e.g. "dev-admin" or "egov-eds". */
    String name();

    /** Verifies the account with the given evidence (for the dev verifier: the admin's note). */
    VerificationResult verify(long accountId, String evidence);

    /** Outcome of a verification attempt. */
    record VerificationResult(boolean verified, String reasonKey) {

        public static VerificationResult ok() {
            return new VerificationResult(true, null);
        }

        public static VerificationResult rejected(String reasonKey) {
            return new VerificationResult(false, reasonKey);
        }
    }
}
