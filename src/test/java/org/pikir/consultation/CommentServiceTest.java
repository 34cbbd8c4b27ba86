package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class CommentServiceTest {

    @Autowired
    CommentService comments;

    @Autowired
    DraftLawService drafts;

    @Autowired
    ConsultationQueries queries;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    private long openDraft() {
        return fixtures.openDraft(accounts.official(fixtures.agency("KZ", "MVD")), "Comments", 3);
    }

    @Test
    void submitCommentStoresItWithLanguageAndPublishesCommentSubmitted() {
        long draft = openDraft();
        long article = fixtures.articleId(draft, 1);
        PikirUser citizen = accounts.citizen("KZ");

        long id = TestUsers.as(
                citizen,
                () -> comments.submitComment(
                        draft, article, "  Бұл бап көші-қон тіркеуін жеңілдетеді, бірақ мерзімі өте қысқа.  "));

        var page = queries.comments(draft, article, CommentSort.NEWEST, 0, 10);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items().getFirst().id()).isEqualTo(id);
        assertThat(page.items().getFirst().language()).isEqualTo("kk");
        assertThat(page.items().getFirst().body()).startsWith("Бұл бап").endsWith("қысқа.");
        assertThat(events.stream(CommentSubmitted.class)).anySatisfy(e -> {
            assertThat(e.commentId()).isEqualTo(id);
            assertThat(e.consultationId()).isEqualTo(draft);
            assertThat(e.articleId()).isEqualTo(article);
        });
        assertThat(queries.draft(draft).commentsPerArticle()).containsEntry(article, 1L);
    }

    @Test
    void badCommentsAreRejectedWithFieldErrors() {
        long draft = openDraft();
        PikirUser citizen = accounts.citizen("KZ");
        for (String bad : new String[] {null, "", "   \n\t ", "x".repeat(5001)}) {
            assertThatThrownBy(() -> TestUsers.as(citizen, () -> comments.submitComment(draft, null, bad)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("body"));
        }
        long ok = TestUsers.as(citizen, () -> comments.submitComment(draft, null, "x".repeat(5000)));
        assertThat(ok).isPositive();
    }

    @Test
    void htmlIsStoredAsPlainText() {
        long draft = openDraft();
        PikirUser citizen = accounts.citizen("KZ");
        String html = "<script>alert('x')</script><b>bold</b>";
        TestUsers.as(citizen, () -> comments.submitComment(draft, null, html));
        assertThat(queries.comments(draft, null, CommentSort.NEWEST, 0, 5)
                        .items()
                        .getFirst()
                        .body())
                .isEqualTo(html);
    }

    @Test
    void nobodyTakesPartOutsideTheWindowOrWithoutVerification() {
        long draft = openDraft();
        PikirUser unverified = accounts.unverifiedCitizen("KZ");
        assertThatThrownBy(() -> TestUsers.as(unverified, () -> comments.submitComment(draft, null, "Hello")))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("consultation.error.verifyFirst");

        PikirUser citizen = accounts.citizen("KZ");
        clock.advance(Duration.ofDays(46));
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> comments.submitComment(draft, null, "Late")))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("consultation.error.notOpen");
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> {
                    comments.voteOnDraft(draft, DraftVoteValue.SUPPORT);
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("consultation.error.notOpen");
    }

    @Test
    void votesAreOnePerPersonChangeableAndNeverOnOwnComments() {
        long draft = openDraft();
        PikirUser author = accounts.citizen("KZ");
        PikirUser voter = accounts.citizen("UZ");
        long comment = TestUsers.as(author, () -> comments.submitComment(draft, null, "Сроки слишком короткие"));

        TestUsers.as(voter, () -> {
            comments.voteOnComment(comment, CommentVoteValue.AGREE);
            return null;
        });
        assertThatThrownBy(() -> TestUsers.as(voter, () -> {
                    comments.voteOnComment(comment, CommentVoteValue.AGREE);
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("consultation.error.alreadyVoted");
        TestUsers.as(voter, () -> {
            comments.voteOnComment(comment, CommentVoteValue.DISAGREE);
            return null;
        });
        assertThatThrownBy(() -> TestUsers.as(author, () -> {
                    comments.voteOnComment(comment, CommentVoteValue.AGREE);
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("consultation.error.ownComment");

        var entry = TestUsers.as(voter, () -> queries.comments(draft, null, CommentSort.NEWEST, 0, 5))
                .items()
                .getFirst();
        assertThat(entry.agree()).isZero();
        assertThat(entry.disagree()).isEqualTo(1);
        assertThat(entry.myVote()).isEqualTo(CommentVoteValue.DISAGREE);
        assertThat(TestUsers.as(author, () -> queries.comments(draft, null, CommentSort.NEWEST, 0, 5))
                        .items()
                        .getFirst()
                        .mine())
                .isTrue();

        TestUsers.as(voter, () -> {
            comments.voteOnDraft(draft, DraftVoteValue.OPPOSE);
            return null;
        });
        TestUsers.as(voter, () -> {
            comments.voteOnDraft(draft, DraftVoteValue.SUPPORT);
            return null;
        });
        assertThatThrownBy(() -> TestUsers.as(voter, () -> {
                    comments.voteOnDraft(draft, DraftVoteValue.SUPPORT);
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        var tallies = queries.tallies(draft);
        assertThat(tallies.support()).isEqualTo(1);
        assertThat(tallies.oppose()).isZero();
        assertThat(TestUsers.as(voter, () -> queries.draft(draft)).myVote()).isEqualTo(DraftVoteValue.SUPPORT);
    }

    @Test
    void onlyTheAuthorEditsAComment() {
        long draft = openDraft();
        PikirUser author = accounts.citizen("KZ");
        PikirUser other = accounts.citizen("KZ");
        long comment = TestUsers.as(author, () -> comments.submitComment(draft, null, "First text"));
        assertThatThrownBy(() -> TestUsers.as(other, () -> {
                    comments.editComment(comment, "Hijacked");
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("consultation.error.notYourComment");
        TestUsers.as(author, () -> {
            comments.editComment(comment, "Екінші мәтін");
            return null;
        });
        var entry =
                queries.comments(draft, null, CommentSort.NEWEST, 0, 5).items().getFirst();
        assertThat(entry.body()).isEqualTo("Екінші мәтін");
        assertThat(entry.language()).isEqualTo("kk");
        assertThat(entry.editedAt()).isNotNull();
    }

    @Test
    void repliesFormOneLevelThreads() {
        long draft = openDraft();
        PikirUser a = accounts.citizen("KZ");
        PikirUser b = accounts.citizen("KZ");
        long root = TestUsers.as(a, () -> comments.submitComment(draft, null, "Root"));
        long reply = TestUsers.as(b, () -> comments.reply(root, "Reply"));
        long replyToReply = TestUsers.as(a, () -> comments.reply(reply, "Reply to reply"));

        var page = queries.comments(draft, null, CommentSort.NEWEST, 0, 5);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.withReplies()).isEqualTo(3);
        assertThat(page.items().getFirst().replies())
                .extracting(ConsultationQueries.CommentEntry::id)
                .containsExactly(reply, replyToReply);
        // b's reply notified a; a's answer to b's reply notified b; nobody is told about their own reply
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where account_id = ? and subject_key = ?",
                        Integer.class,
                        a.accountId(),
                        "consultation.notify.reply.subject"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where account_id = ? and subject_key = ?",
                        Integer.class,
                        b.accountId(),
                        "consultation.notify.reply.subject"))
                .isEqualTo(1);
    }

    @Test
    void moderatorsHideReportedCommentsWithAReasonThatStaysVisible() {
        long draft = openDraft();
        PikirUser author = accounts.citizen("KZ");
        PikirUser reporter = accounts.citizen("KZ");
        long comment = TestUsers.as(author, () -> comments.submitComment(draft, null, "Abusive words"));
        TestUsers.as(reporter, () -> {
            comments.reportComment(comment, ReportReason.ABUSE);
            return null;
        });
        assertThatThrownBy(() -> TestUsers.as(reporter, () -> {
                    comments.reportComment(comment, ReportReason.SPAM);
                    return null;
                }))
                .isInstanceOf(DomainException.class);

        PikirUser foreignModerator = accounts.moderator(CountryCode.UZ);
        assertThatThrownBy(() -> TestUsers.as(foreignModerator, () -> {
                    comments.hideComment(comment, "Insults");
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        PikirUser moderator = accounts.moderator(CountryCode.KZ);
        assertThat(TestUsers.as(moderator, () -> queries.openReports(0, 50)))
                .anySatisfy(r -> assertThat(r.commentId()).isEqualTo(comment));
        assertThatThrownBy(() -> TestUsers.as(moderator, () -> {
                    comments.hideComment(comment, "  ");
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        TestUsers.as(moderator, () -> {
            comments.hideComment(comment, "Insults");
            return null;
        });

        var entry =
                queries.comments(draft, null, CommentSort.NEWEST, 0, 5).items().getFirst();
        assertThat(entry.hidden()).isTrue();
        assertThat(entry.body()).isNull();
        assertThat(entry.hiddenReason()).isEqualTo("Insults");
        assertThat(TestUsers.as(moderator, () -> queries.openReports(0, 50)))
                .noneSatisfy(r -> assertThat(r.commentId()).isEqualTo(comment));
    }

    @Test
    void moderatorsRestoreAHiddenCommentAndTheAuthorIsTold() {
        long draft = openDraft();
        PikirUser author = accounts.citizen("KZ");
        long comment = TestUsers.as(author, () -> comments.submitComment(draft, null, "Words a moderator misread"));
        PikirUser moderator = accounts.moderator(CountryCode.KZ);
        assertThatThrownBy(() -> TestUsers.as(moderator, () -> {
                    comments.restoreComment(comment);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consultation.error.notHidden"));
        TestUsers.as(moderator, () -> {
            comments.hideComment(comment, "Looked like spam");
            return null;
        });
        PikirUser foreignModerator = accounts.moderator(CountryCode.UZ);
        assertThatThrownBy(() -> TestUsers.as(foreignModerator, () -> {
                    comments.restoreComment(comment);
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> TestUsers.as(author, () -> {
                    comments.restoreComment(comment);
                    return null;
                }))
                .isInstanceOf(DomainException.class);

        TestUsers.as(moderator, () -> {
            comments.restoreComment(comment);
            return null;
        });

        var entry =
                queries.comments(draft, null, CommentSort.NEWEST, 0, 5).items().getFirst();
        assertThat(entry.hidden()).isFalse();
        assertThat(entry.body()).isEqualTo("Words a moderator misread");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where account_id = ? and subject_key = ?",
                        Integer.class,
                        author.accountId(),
                        "consultation.notify.restored.subject"))
                .isEqualTo(1);
        assertThat(events.stream(CommentChanged.class)
                        .filter(e -> e.commentId() == comment)
                        .map(CommentChanged::change))
                .containsExactly(CommentChanged.Change.HIDDEN, CommentChanged.Change.RESTORED);
    }

    @Test
    void sortsByAgreementAndDivisiveness() {
        long draft = openDraft();
        PikirUser author = accounts.citizen("KZ");
        long plain = TestUsers.as(author, () -> comments.submitComment(draft, null, "plain"));
        long loved = TestUsers.as(author, () -> comments.submitComment(draft, null, "loved"));
        long split = TestUsers.as(author, () -> comments.submitComment(draft, null, "split"));
        for (int i = 0; i < 3; i++) {
            PikirUser v = accounts.citizen("KZ");
            TestUsers.as(v, () -> {
                comments.voteOnComment(loved, CommentVoteValue.AGREE);
                return null;
            });
            CommentVoteValue side = i % 2 == 0 ? CommentVoteValue.AGREE : CommentVoteValue.DISAGREE;
            TestUsers.as(v, () -> {
                comments.voteOnComment(split, side);
                return null;
            });
        }
        assertThat(queries.comments(draft, null, CommentSort.MOST_AGREED, 0, 3).items())
                .extracting(ConsultationQueries.CommentEntry::id)
                .containsExactly(loved, split, plain);
        assertThat(queries.comments(draft, null, CommentSort.MOST_DIVISIVE, 0, 1)
                        .items())
                .extracting(ConsultationQueries.CommentEntry::id)
                .containsExactly(split);
        assertThat(queries.comments(draft, null, CommentSort.NEWEST, 1, 1).items())
                .extracting(ConsultationQueries.CommentEntry::id)
                .containsExactly(loved);
    }

    @Test
    void concurrentVotesAreCountedExactly() throws Exception {
        long draft = openDraft();
        PikirUser author = accounts.citizen("KZ");
        long comment = TestUsers.as(author, () -> comments.submitComment(draft, null, "Vote on me"));
        int voters = 24;
        List<PikirUser> people = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            people.add(accounts.citizen("KZ"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            PikirUser p = people.get(i);
            CommentVoteValue value = i % 3 == 0 ? CommentVoteValue.DISAGREE : CommentVoteValue.AGREE;
            done.add(pool.submit(() -> {
                start.await();
                TestUsers.signIn(p);
                try {
                    comments.voteOnComment(comment, value);
                    comments.voteOnDraft(draft, DraftVoteValue.SUPPORT);
                } finally {
                    TestUsers.signOut();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        var entry =
                queries.comments(draft, null, CommentSort.NEWEST, 0, 1).items().getFirst();
        Integer agreeRows = jdbc.queryForObject(
                "select count(*) from comment_vote where comment_id = ? and value = 'AGREE'", Integer.class, comment);
        assertThat(entry.agree()).isEqualTo(agreeRows).isEqualTo(voters - voters / 3);
        assertThat(entry.disagree()).isEqualTo(voters / 3);
        assertThat(queries.tallies(draft).support()).isEqualTo(voters);
    }
}
