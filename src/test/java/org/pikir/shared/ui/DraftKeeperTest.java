package org.pikir.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The storage key names the account without revealing it; nobody signed in means nothing is kept. */
class DraftKeeperTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theScopeIsAStableShortHashThatDiffersPerAccountAndHidesTheAddress() {
        String aliya = DraftKeeper.scopeOf("aliya@example.kz");

        assertThat(aliya).matches("[0-9a-f]{16}").isEqualTo(DraftKeeper.scopeOf("aliya@example.kz"));
        assertThat(aliya).isNotEqualTo(DraftKeeper.scopeOf("bolat@example.kz"));
        assertThat(aliya).doesNotContain("aliya");
    }

    @Test
    void draftsAreScopedToTheSignedInAccountAndNotKeptForAnonymousVisitors() {
        assertThat(DraftKeeper.scope()).isEmpty();
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(DraftKeeper.scope()).isEmpty();

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "aliya@example.kz", null, AuthorityUtils.createAuthorityList("ROLE_CITIZEN")));
        assertThat(DraftKeeper.scope()).contains(DraftKeeper.scopeOf("aliya@example.kz"));
    }

    @Test
    void anAcknowledgedSubmissionGivesTheNextDraftANewSubmissionId() {
        DraftKeeper keeper = DraftKeeper.forForm("appeal.new", "appeal-connection");
        UUID first = keeper.submissionId();

        keeper.sent();

        assertThat(keeper.submissionId()).isNotNull().isNotEqualTo(first);
        assertThat(keeper.status().getId()).contains("appeal-connection");
    }
}
