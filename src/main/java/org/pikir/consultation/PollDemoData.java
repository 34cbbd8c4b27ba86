package org.pikir.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pikir.account.AccountService;
import org.pikir.account.PikirUser;
import org.pikir.account.RegistrationForm;
import org.pikir.shared.demo.DemoDataContributor;
import org.pikir.shared.security.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A demo poll on the migrant-registration consultation (KZ), with live results: Kazakhstan's citizens among the
 * demo residents vote, and so do a few citizens living in Russia and Türkiye, so the breakdown by country of
 * residence shows both shown and suppressed cells. Voting goes through the service, as real people would.
 */
@Component
class PollDemoData implements DemoDataContributor {

    static final String OFFICIAL = "official.kz-interior@pikir.demo";
    private static final String[][] ABROAD = {
        {"Азамат Нұрланұлы", "RU"}, {"Жанар Серікова", "RU"}, {"Руслан Ахметов", "RU"}, {"Ольга Ли", "RU"},
        {"Бауыржан Қайратұлы", "RU"}, {"Айгерім Темірова", "RU"}, {"Марат Өмірзақов", "TR"}, {"Әсел Бекенова", "TR"}
    };

    private final PollService polls;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PollDemoData(PollService polls, AccountService accounts, UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.polls = polls;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "consultation.polls";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void load() {
        List<Long> drafts = jdbc.queryForList("""
                select d.id from draft_law d join agency a on a.id = d.agency_id
                where d.country_code = 'KZ' and a.code = 'MVD' and d.status = 'OPEN' order by d.id limit 1""", Long.class);
        List<String> official =
                jdbc.queryForList("select email from user_account where email = ?", String.class, OFFICIAL);
        if (drafts.isEmpty() || official.isEmpty()) {
            return;
        }
        long draft = drafts.getFirst();
        PikirUser agency = (PikirUser) users.loadUserByUsername(OFFICIAL);
        Instant now = clock.instant();
        Instant closes = jdbc.queryForObject(
                        "select closes_at from draft_law where id = ?", java.sql.Timestamp.class, draft)
                .toInstant();
        long poll = as(
                agency,
                () -> polls.createPoll(
                        draft,
                        new PollForm(
                                "Мигрантты тіркеудің қандай мерзімі сізге орынды көрінеді?",
                                "Какой срок регистрации мигрантов вы считаете разумным?",
                                "What registration deadline for migrants do you find reasonable?",
                                false,
                                PollVisibility.LIVE,
                                now,
                                closes.minus(Duration.ofDays(1)),
                                List.of(
                                        new PollForm.Option("3 жұмыс күні", "3 рабочих дня", "3 working days"),
                                        new PollForm.Option(
                                                "15 күнтізбелік күн", "15 календарных дней", "15 calendar days"),
                                        new PollForm.Option(
                                                "30 күнтізбелік күн", "30 календарных дней", "30 calendar days")))));
        List<Long> options = jdbc.queryForList(
                "select id from consultation_poll_option where poll_id = ? order by position", Long.class, poll);
        List<PikirUser> voters = new ArrayList<>();
        for (String email : jdbc.queryForList(
                "select email from user_account where email like 'resident%@pikir.demo' and citizenship = 'KZ'"
                        + " and verification = 'VERIFIED' order by email",
                String.class)) {
            voters.add((PikirUser) users.loadUserByUsername(email));
        }
        for (int i = 0; i < ABROAD.length; i++) {
            String email = String.format("kz.abroad%02d@pikir.demo", i + 1);
            long id = accounts.register(new RegistrationForm(
                    email,
                    ConsultationDemoData.PASSWORD,
                    ConsultationDemoData.PASSWORD,
                    ABROAD[i][0],
                    ABROAD[i][1],
                    "KZ",
                    "kk"));
            accounts.verify(id, "demo-data");
            voters.add((PikirUser) users.loadUserByUsername(email));
        }
        for (int i = 0; i < voters.size(); i++) {
            // most want 15 days, some 30, a few keep 3 working days
            long choice = options.get(i % 5 == 0 ? 2 : i % 7 == 3 ? 0 : 1);
            as(voters.get(i), () -> {
                polls.vote(poll, Set.of(choice));
                return 0L;
            });
        }
    }

    private static <T> T as(PikirUser user, java.util.function.Supplier<T> action) {
        return RunAs.as(RunAs.user(user), action);
    }
}
