package org.pikir.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.pikir.account.AccountService;
import org.pikir.account.PikirUser;
import org.pikir.account.RegistrationForm;
import org.pikir.account.Role;
import org.pikir.shared.demo.DemoDataContributor;
import org.pikir.shared.security.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo consultations: migrant registration (KZ, Ministry of Internal Affairs), electronic public services
 * (UZ, Ministry of Digital Technologies) and municipal rental housing (KG, Bishkek City Hall, already in its
 * second version). A few hundred comments in kk, ru and en from demo residents, and one form-letter campaign.
 * Everything goes through the services, as real people would, so events and tallies are genuine.
 */
@Component
class ConsultationDemoData implements DemoDataContributor {

    static final String PASSWORD = "pikir-demo-2026";
    static final String CAMPAIGN = "Требуем отменить регистрацию мигрантов в течение 3 рабочих дней! Срок должен быть "
            + "не меньше 15 дней. Мы, трудовые мигранты, против этой статьи.";

    private final AccountService accounts;
    private final DraftLawService drafts;
    private final CommentService comments;
    private final ConsultationQueries queries;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConsultationDemoData(
            AccountService accounts,
            DraftLawService drafts,
            CommentService comments,
            ConsultationQueries queries,
            UserDetailsService users,
            JdbcTemplate jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.drafts = drafts;
        this.comments = comments;
        this.queries = queries;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "consultation.drafts";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        PikirUser kz = official("official.kz-interior@pikir.demo", "Ерлан Жақсыбеков", "KZ", "MVD");
        PikirUser uz = official("official.uz-digital@pikir.demo", "Jasur Rahimov", "UZ", "DIGITAL");
        PikirUser kg = official("official.kg-bishkek@pikir.demo", "Айбек Осмонов", "KG", "MAYOR_BISHKEK");
        List<PikirUser> residents = residents();
        Random random = new Random(2026);

        long migration = as(kz, () -> createAndOpen(DemoTexts.migration(), 30));
        long digital = as(uz, () -> createAndOpen(DemoTexts.digital(), 25));
        long housing = as(kg, () -> createAndOpen(DemoTexts.housing(), 35));

        comment(migration, DemoTexts.MIGRATION_COMMENTS, residents, random, 110);
        // The form letter: many accounts paste the same text on the registration-deadline article.
        long deadlineArticle = queries.articles(migration, 1).get(1).id();
        for (int i = 0; i < 45; i++) {
            PikirUser who = residents.get(i % residents.size());
            String text = i % 9 == 0 ? CAMPAIGN.replace("!", "!!") : CAMPAIGN;
            as(who, () -> comments.submitComment(migration, deadlineArticle, text));
        }
        comment(digital, DemoTexts.DIGITAL_COMMENTS, residents, random, 90);
        comment(housing, DemoTexts.HOUSING_COMMENTS, residents, random, 70);
        react(migration, residents, random);
        react(digital, residents, random);
        react(housing, residents, random);
        camps(migration, residents);

        // Housing goes through a full round: closed, version 2 published, opened again.
        as(kg, () -> {
            drafts.closeConsultation(housing);
            List<ArticleForm> v2 = DemoTexts.housingV2(queries.articles(housing, 1));
            DraftForm form = DemoTexts.housing();
            drafts.publishNewVersion(
                    housing,
                    new DraftForm(
                            form.policyArea(),
                            form.titleKk(),
                            form.titleRu(),
                            form.titleEn(),
                            form.summaryKk(),
                            form.summaryRu(),
                            form.summaryEn(),
                            form.noteKk(),
                            form.noteRu(),
                            form.noteEn(),
                            v2),
                    "Учтены замечания: очередь по баллам, срок аренды 5 лет, ставка не выше 30% дохода.");
            drafts.openConsultation(housing, clock.instant(), clock.instant().plus(Duration.ofDays(35)));
            return 0L;
        });
        comment(housing, DemoTexts.HOUSING_COMMENTS, residents, random, 25);
    }

    private long createAndOpen(DraftForm form, int days) {
        long id = drafts.createDraft(form);
        Instant now = clock.instant();
        drafts.openConsultation(id, now, now.plus(Duration.ofDays(days)));
        return id;
    }

    private void comment(long draftId, List<String> pool, List<PikirUser> residents, Random random, int count) {
        List<ConsultationQueries.ArticleEntry> articles =
                queries.articles(draftId, queries.draft(draftId).currentVersion());
        List<Long> topLevel = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PikirUser who = residents.get(random.nextInt(residents.size()));
            String text = pool.get(random.nextInt(pool.size()));
            if (!topLevel.isEmpty() && random.nextInt(6) == 0) {
                long parent = topLevel.get(random.nextInt(topLevel.size()));
                String reply = DemoTexts.REPLIES.get(random.nextInt(DemoTexts.REPLIES.size()));
                as(who, () -> comments.reply(parent, reply));
                continue;
            }
            Long article = random.nextInt(5) == 0
                    ? null
                    : articles.get(random.nextInt(articles.size())).id();
            topLevel.add(as(who, () -> comments.submitComment(draftId, article, text)));
        }
    }

    private void react(long draftId, List<PikirUser> residents, Random random) {
        List<long[]> rows = jdbc.query(
                "select id, author_id from consultation_comment where draft_id = ? and parent_id is null order by id limit 60",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                draftId);
        for (PikirUser who : residents) {
            as(who, () -> {
                comments.voteOnDraft(draftId, random.nextInt(3) == 0 ? DraftVoteValue.OPPOSE : DraftVoteValue.SUPPORT);
                return 0L;
            });
            java.util.Set<Long> voted = new java.util.HashSet<>();
            for (int k = 0; k < 6; k++) {
                long[] row = rows.get(random.nextInt(rows.size()));
                // A service error would mark the demo transaction rollback-only: skip own and repeated votes.
                if (row[1] == who.accountId() || !voted.add(row[0])) {
                    continue;
                }
                CommentVoteValue value =
                        random.nextInt(10) < 6 ? CommentVoteValue.AGREE : CommentVoteValue.values()[random.nextInt(3)];
                as(who, () -> {
                    comments.voteOnComment(row[0], value);
                    return 0L;
                });
            }
        }
    }

    /**
     * Two camps on the migration draft (so its page shows opinion groups): the first half of the residents agrees
     * with the even ones of its first ten comments and rejects the odd ones, the second half the opposite; everyone
     * agrees with the eleventh. Own comments and comments already voted on are skipped.
     */
    private void camps(long draftId, List<PikirUser> residents) {
        List<long[]> rows = jdbc.query(
                "select id, author_id from consultation_comment where draft_id = ? and parent_id is null order by id limit 11",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                draftId);
        for (int r = 0; r < residents.size(); r++) {
            PikirUser who = residents.get(r);
            boolean first = r < residents.size() / 2;
            java.util.Set<Long> voted = new java.util.HashSet<>(jdbc.queryForList(
                    "select comment_id from comment_vote where account_id = ?", Long.class, who.accountId()));
            for (int k = 0; k < rows.size(); k++) {
                long[] row = rows.get(k);
                if (row[1] == who.accountId() || voted.contains(row[0])) {
                    continue;
                }
                boolean agree = k == 10 || ((k % 2 == 0) == first);
                as(who, () -> {
                    comments.voteOnComment(row[0], agree ? CommentVoteValue.AGREE : CommentVoteValue.DISAGREE);
                    return 0L;
                });
            }
        }
    }

    private PikirUser official(String email, String name, String country, String agencyCode) {
        long agency = jdbc.queryForObject(
                "select id from agency where country_code = ? and code = ?", Long.class, country, agencyCode);
        long id = accounts.register(new RegistrationForm(email, PASSWORD, PASSWORD, name, country, country, "ru"));
        accounts.assignRoles(id, EnumSet.of(Role.OFFICIAL), agency, null);
        accounts.verify(id, "demo-data: official of the drafting agency");
        return (PikirUser) users.loadUserByUsername(email);
    }

    private List<PikirUser> residents() {
        List<PikirUser> list = new ArrayList<>();
        for (int i = 0; i < DemoTexts.RESIDENTS.size(); i++) {
            String[] r = DemoTexts.RESIDENTS.get(i);
            String email = String.format("resident%02d@pikir.demo", i + 1);
            long id = accounts.register(new RegistrationForm(email, PASSWORD, PASSWORD, r[0], r[1], r[2], r[3]));
            accounts.verify(id, "demo-data");
            list.add((PikirUser) users.loadUserByUsername(email));
        }
        return list;
    }

    private static <T> T as(PikirUser user, java.util.function.Supplier<T> action) {
        return RunAs.as(RunAs.user(user), action);
    }
}
