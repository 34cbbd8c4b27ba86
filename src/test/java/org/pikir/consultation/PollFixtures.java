package org.pikir.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pikir.account.AccountService;
import org.pikir.account.PikirUser;
import org.pikir.account.RegistrationForm;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.TestUsers;
import org.springframework.stereotype.Component;

/** Polls and voters for tests, made through the real services. */
@Component
public class PollFixtures {

    private final PollService polls;
    private final AccountService accountService;
    private final AccountFixtures accounts;

    PollFixtures(PollService polls, AccountService accountService, AccountFixtures accounts) {
        this.polls = polls;
        this.accountService = accountService;
        this.accounts = accounts;
    }

    /** A form with these option labels (the same text in kk, ru and en plus a language tag). */
    public static PollForm form(
            boolean multiple, PollVisibility visibility, Instant opens, Instant closes, String... options) {
        return new PollForm(
                "Сұрақ?",
                "Вопрос?",
                "Question?",
                multiple,
                visibility,
                opens,
                closes,
                java.util.Arrays.stream(options)
                        .map(o -> new PollForm.Option(o + " kk", o + " ru", o + " en"))
                        .toList());
    }

    /** A poll open now until a day from now, created by the draft's official. */
    public long openPoll(
            PikirUser official, long draftId, boolean multiple, PollVisibility visibility, String... options) {
        Instant now = Instant.now();
        return TestUsers.as(
                official,
                () -> polls.createPoll(
                        draftId, form(multiple, visibility, now, now.plus(Duration.ofDays(1)), options)));
    }

    /** The option ids of a poll in order. */
    public List<Long> options(PikirUser someone, long draftId, long pollId) {
        return TestUsers.as(someone, () -> polls.polls(draftId)).stream()
                .filter(p -> p.id() == pollId)
                .findFirst()
                .orElseThrow()
                .options()
                .stream()
                .map(Poll.Option::id)
                .toList();
    }

    /** A new verified citizen of one country living in another (a migrant). */
    public PikirUser voter(String residence, String citizenship, boolean verified) {
        String email = TestUsers.uniqueEmail("voter");
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        try {
            long id = accountService.register(new RegistrationForm(
                    email,
                    AccountFixtures.PASSWORD,
                    AccountFixtures.PASSWORD,
                    "Test voter",
                    residence,
                    citizenship,
                    "ru"));
            if (verified) {
                TestUsers.signInWithRoles("ADMIN");
                accountService.verify(id, "test fixture");
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(previous);
        }
        return accounts.load(email);
    }
}
