package org.pikir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pikir.account.AccountService;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.appeal.AppealClusterService;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealInboxService;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealStatisticsService;
import org.pikir.appeal.AppealSummary;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.AttachmentUpload;
import org.pikir.appeal.ContactPreference;
import org.pikir.appeal.DismissReason;
import org.pikir.appeal.InboxFilter;
import org.pikir.appeal.PublicAnswerForm;
import org.pikir.appeal.PublicAnswerService;
import org.pikir.comparison.ComparisonService;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.DecisionForm;
import org.pikir.consideration.Outcome;
import org.pikir.consideration.Workspace;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.PollFixtures;
import org.pikir.consultation.PollService;
import org.pikir.consultation.PollVisibility;
import org.pikir.consultation.ReportReason;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.notification.Notification;
import org.pikir.notification.NotificationService;
import org.pikir.petition.PetitionForm;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionSummary;
import org.pikir.petition.ResponseDecision;
import org.pikir.petition.ResponseForm;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The access matrix as one table: every service method and API route that reads or changes personal data,
 * tried by every kind of person. Each row creates its own target (an appeal of citizen A to agency X, a comment
 * of A on a draft of agency X in Kazakhstan, a notification of A, a pending petition of A …) afresh for every
 * actor, runs the operation as that actor and classifies the outcome; the expected set of allowed actors is
 * written next to the operation, so every cell is asserted. The rendered table must equal the one in
 * {@code docs/security.md}; the run writes it to {@code target/access-matrix.md}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Who tries. X and Y are two ministries of Kazakhstan; K is Kazakhstan, U Uzbekistan. */
    enum Actor {
        ANONYMOUS("anonymous"),
        CITIZEN_A("citizen A"),
        CITIZEN_B("citizen B"),
        OFFICIAL_X("official X"),
        OFFICIAL_Y("official Y"),
        MODERATOR_K("moderator K"),
        MODERATOR_U("moderator U"),
        ANALYST("analyst"),
        ADMIN("admin");

        final String label;

        Actor(String label) {
            this.label = label;
        }
    }

    /** A row: what is tried, on what, and who may. */
    record Row(String area, String operation, Set<Actor> allowed, Function<Actor, Object> setUp, Attempt attempt) {}

    @FunctionalInterface
    interface Attempt {
        void run(Object target, Actor actor) throws Exception;
    }

    /** Thrown by an attempt whose call returned normally but did not show or change the target. */
    static final class NotListed extends RuntimeException {
        NotListed() {
            super("not listed", null, false, false);
        }
    }

    record AppealTarget(long id, long attachmentId) {}

    record CommentTarget(long draftId, long commentId) {}

    @Autowired
    AccountFixtures accountFixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    CountryService countries;

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    AppealStatisticsService appealStatistics;

    @Autowired
    AppealClusterService appealClusters;

    @Autowired
    ConsultationFixtures consultationFixtures;

    @Autowired
    DraftLawService drafts;

    @Autowired
    ConsultationQueries consultationQueries;

    @Autowired
    CommentService comments;

    @Autowired
    ConsiderationService consideration;

    @Autowired
    ConsiderationQueries considerationQueries;

    @Autowired
    NotificationService notifications;

    @Autowired
    PetitionService petitions;

    @Autowired
    ComparisonService comparison;

    @Autowired
    PollService polls;

    @Autowired
    PublicAnswerService publicAnswers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    FilterRegistrationBean<?>[] filters;

    private final Map<Actor, PikirUser> people = new EnumMap<>(Actor.class);
    private Agency agencyX;
    private Agency agencyY;
    private MockMvc api;

    @BeforeAll
    void createPeople() {
        List<Agency> ministries = countries.agencies(CountryCode.KZ).stream()
                .filter(a -> a.getKind() == AgencyKind.MINISTRY)
                .sorted(Comparator.comparing(Agency::getCode))
                .toList();
        agencyX = ministries.get(2);
        agencyY = ministries.get(3);
        people.put(Actor.CITIZEN_A, accountFixtures.citizen("KZ"));
        people.put(Actor.CITIZEN_B, accountFixtures.citizen("KZ"));
        people.put(Actor.OFFICIAL_X, accountFixtures.official(agencyX.getId()));
        people.put(Actor.OFFICIAL_Y, accountFixtures.official(agencyY.getId()));
        people.put(Actor.MODERATOR_K, accountFixtures.moderator(CountryCode.KZ));
        people.put(Actor.MODERATOR_U, accountFixtures.moderator(CountryCode.UZ));
        people.put(Actor.ANALYST, accountFixtures.withRoles(EnumSet.of(Role.ANALYST)));
        people.put(Actor.ADMIN, accountFixtures.withRoles(EnumSet.of(Role.ADMIN)));
        Filter[] apiFilters = java.util.Arrays.stream(filters)
                .filter(f -> f.getUrlPatterns().contains("/api/v1/*"))
                .sorted(Comparator.comparingInt(FilterRegistrationBean::getOrder))
                .map(FilterRegistrationBean::getFilter)
                .toArray(Filter[]::new);
        var builder = MockMvcBuilders.webAppContextSetup(context);
        for (Filter f : apiFilters) {
            builder.addFilter(f, "/api/v1/*");
        }
        api = builder.build();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static Set<Actor> only(Actor... actors) {
        return actors.length == 0 ? EnumSet.noneOf(Actor.class) : EnumSet.copyOf(List.of(actors));
    }

    private static Set<Actor> everyone() {
        return EnumSet.allOf(Actor.class);
    }

    private static Set<Actor> signedIn() {
        return EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));
    }

    private PikirUser a() {
        return people.get(Actor.CITIZEN_A);
    }

    private PikirUser x() {
        return people.get(Actor.OFFICIAL_X);
    }

    // --- targets, each made afresh through the real services -------------------------------------------------

    private AppealTarget appealOfA() {
        long id = TestUsers.as(
                        a(),
                        () -> appeals.submit(new AppealForm(
                                agencyX.getId(),
                                CountryCode.KZ,
                                AppealType.COMPLAINT,
                                "Personal details of my case",
                                "My neighbour's dog attacked my child; the district police did not register it.",
                                ContactPreference.EMAIL,
                                false,
                                List.of(new AttachmentUpload("statement.pdf", pdf())))))
                .id();
        long attachment = TestUsers.as(
                a(), () -> appeals.detail(id).attachments().getFirst().id());
        return new AppealTarget(id, attachment);
    }

    private AppealTarget answeredAppealOfA() {
        AppealTarget t = appealOfA();
        TestUsers.as(x(), () -> {
            inbox.reply(t.id(), "The district police have registered your statement under number 1.");
            return null;
        });
        return t;
    }

    private long draftOfX(boolean open) {
        return TestUsers.as(x(), () -> {
            long id = drafts.createDraft(ConsultationFixtures.form("Access matrix", 2));
            if (open) {
                drafts.openConsultation(
                        id, Instant.now().minusSeconds(1), Instant.now().plusSeconds(86_400 * 30));
            }
            return id;
        });
    }

    private CommentTarget commentOfA() {
        long draft = draftOfX(true);
        long comment = TestUsers.as(
                a(),
                () -> comments.submitComment(
                        draft, null, "I support the registration rules but the deadline is too short."));
        return new CommentTarget(draft, comment);
    }

    private CommentTarget reportedCommentOfA() {
        CommentTarget t = commentOfA();
        TestUsers.as(people.get(Actor.CITIZEN_B), () -> {
            comments.reportComment(t.commentId(), ReportReason.SPAM);
            return null;
        });
        return t;
    }

    private CommentTarget hiddenCommentOfA() {
        CommentTarget t = commentOfA();
        TestUsers.as(people.get(Actor.MODERATOR_K), () -> {
            comments.hideComment(t.commentId(), "Personal data of a third person");
            return null;
        });
        return t;
    }

    private long pollOfX() {
        long draft = draftOfX(true);
        Instant now = Instant.now();
        return TestUsers.as(
                x(),
                () -> polls.createPoll(
                        draft,
                        PollFixtures.form(false, PollVisibility.LIVE, now, now.plusSeconds(86_400 * 7), "yes", "no")));
    }

    private long pollOptionOf(long poll) {
        return jdbc.queryForObject("select min(id) from consultation_poll_option where poll_id = ?", Long.class, poll);
    }

    private PublicAnswerForm publicAnswerForm() {
        return new PublicAnswerForm(
                "Как получить справку о регистрации по месту жительства?",
                "Справку выдаёт портал eGov онлайн, бесплатно.",
                null,
                List.of("ru"),
                null,
                null);
    }

    private long publicAnswerOfX() {
        return TestUsers.as(x(), () -> publicAnswers.publish(publicAnswerForm()));
    }

    private long notificationOfA() {
        notifications.notifyInAppOnly(
                a().accountId(),
                "consultation.notify.reply.subject",
                "consultation.notify.reply.body",
                List.of("B"),
                "");
        return TestUsers.as(a(), () -> notifications.mine(0, 1).getFirst().id());
    }

    private PetitionForm petitionForm() {
        return new PetitionForm(
                CountryCode.KZ,
                agencyX.getId(),
                "Lighting for the Almaty ring road " + System.nanoTime(),
                "The text of this petition explains the problem in enough words to pass the minimum length.",
                "Please change the rule so that it works.");
    }

    private long pendingPetitionOfA() {
        return TestUsers.as(a(), () -> petitions.submit(petitionForm()));
    }

    private long collectingPetition(int threshold) {
        long id = pendingPetitionOfA();
        TestUsers.as(people.get(Actor.MODERATOR_K), () -> {
            petitions.approve(id);
            return null;
        });
        jdbc.update("update petition set threshold = ? where id = ?", threshold, id);
        return id;
    }

    private long petitionSignedByA(int threshold) {
        long id = collectingPetition(threshold);
        TestUsers.as(a(), () -> petitions.sign(id));
        return id;
    }

    private long freshAccount() {
        return accountFixtures.citizen("KZ").accountId();
    }

    private static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    private static void listed(boolean listed) {
        if (!listed) {
            throw new NotListed();
        }
    }

    private void apiStatus(String path, int allowedStatus) throws Exception {
        int status = api.perform(get(path)).andReturn().getResponse().getStatus();
        if (status == 404) {
            throw new NotFoundException();
        }
        assertThat(status).as(path).isEqualTo(allowedStatus);
    }

    // --- the table --------------------------------------------------------------------------------------------

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // Appeals: personal by nature — the author and the officials of the handling agency, nobody else.
        rows.add(new Row(
                "appeal",
                "read an appeal",
                only(Actor.CITIZEN_A, Actor.OFFICIAL_X),
                k -> appealOfA(),
                (t, k) -> appeals.detail(((AppealTarget) t).id())));
        rows.add(new Row(
                "appeal",
                "download its attachment",
                only(Actor.CITIZEN_A, Actor.OFFICIAL_X),
                k -> appealOfA(),
                (t, k) -> {
                    AppealTarget at = (AppealTarget) t;
                    appeals.attachment(at.id(), at.attachmentId());
                }));
        rows.add(new Row(
                "appeal",
                "see it in \"my appeals\"",
                only(Actor.CITIZEN_A),
                k -> appealOfA(),
                (t, k) -> listed(appeals.myAppeals(PageRequest.of(0, 1000)).stream()
                        .anyMatch(s -> s.id() == ((AppealTarget) t).id()))));
        rows.add(new Row(
                "appeal",
                "see it in the agency inbox",
                only(Actor.OFFICIAL_X),
                k -> appealOfA(),
                (t, k) -> listed(inbox.inbox(InboxFilter.all(), PageRequest.of(0, 1000)).stream()
                        .map(AppealSummary::id)
                        .anyMatch(id -> id == ((AppealTarget) t).id()))));
        rows.add(new Row(
                "appeal",
                "assign it",
                only(Actor.OFFICIAL_X),
                k -> appealOfA(),
                (t, k) -> inbox.assign(((AppealTarget) t).id(), x().accountId())));
        rows.add(new Row(
                "appeal",
                "answer it",
                only(Actor.OFFICIAL_X),
                k -> appealOfA(),
                (t, k) -> inbox.reply(((AppealTarget) t).id(), "Your statement has been registered.")));
        rows.add(new Row(
                "appeal",
                "redirect it to agency Y",
                only(Actor.OFFICIAL_X),
                k -> appealOfA(),
                (t, k) -> inbox.redirect(((AppealTarget) t).id(), agencyY.getId(), "Agency Y handles dogs")));
        rows.add(new Row(
                "appeal",
                "extend its deadline",
                only(Actor.OFFICIAL_X),
                k -> appealOfA(),
                (t, k) -> inbox.extend(((AppealTarget) t).id(), 1, "An expert opinion is needed")));
        rows.add(new Row(
                "appeal",
                "dismiss it",
                only(Actor.OFFICIAL_X),
                k -> appealOfA(),
                (t, k) -> inbox.dismiss(((AppealTarget) t).id(), DismissReason.REPEATED, "Same as an earlier appeal")));
        rows.add(new Row(
                "appeal",
                "rate the answer",
                only(Actor.CITIZEN_A),
                k -> answeredAppealOfA(),
                (t, k) -> appeals.rate(((AppealTarget) t).id(), 4, null)));
        rows.add(new Row(
                "appeal",
                "dispute the answer",
                only(Actor.CITIZEN_A),
                k -> answeredAppealOfA(),
                (t, k) -> appeals.dispute(((AppealTarget) t).id(), "The police still did nothing")));
        rows.add(new Row(
                "appeal",
                "agency statistics (own agency)",
                only(Actor.OFFICIAL_X, Actor.OFFICIAL_Y),
                k -> null,
                (t, k) -> appealStatistics.statistics(LocalDate.now().minusDays(30), LocalDate.now())));
        rows.add(new Row(
                "appeal",
                "campaigns and topics of appeals (own agency)",
                only(Actor.OFFICIAL_X, Actor.OFFICIAL_Y),
                k -> null,
                (t, k) -> appealClusters.clusters()));
        // Consultations: an unpublished draft belongs to its agency; a comment to its author; moderation to the
        // country.
        rows.add(new Row(
                "consultation",
                "read an unpublished draft of agency X",
                only(Actor.OFFICIAL_X),
                k -> draftOfX(false),
                (t, k) -> consultationQueries.draft((Long) t)));
        rows.add(new Row(
                "consultation",
                "edit A's comment",
                only(Actor.CITIZEN_A),
                k -> commentOfA(),
                (t, k) -> comments.editComment(
                        ((CommentTarget) t).commentId(), "I changed my mind about the deadline entirely.")));
        rows.add(new Row(
                "consultation",
                "hide A's comment (draft in K)",
                only(Actor.MODERATOR_K, Actor.ADMIN),
                k -> commentOfA(),
                (t, k) -> comments.hideComment(((CommentTarget) t).commentId(), "Insults")));
        rows.add(new Row(
                "consultation",
                "restore A's hidden comment",
                only(Actor.MODERATOR_K, Actor.ADMIN),
                k -> hiddenCommentOfA(),
                (t, k) -> comments.restoreComment(((CommentTarget) t).commentId())));
        rows.add(new Row(
                "consultation",
                "dismiss reports on A's comment",
                only(Actor.MODERATOR_K, Actor.ADMIN),
                k -> reportedCommentOfA(),
                (t, k) -> comments.dismissReports(((CommentTarget) t).commentId())));
        rows.add(new Row(
                "consultation",
                "see A's comment in \"my comments\"",
                only(Actor.CITIZEN_A),
                k -> commentOfA(),
                (t, k) -> listed(considerationQueries.myComments(0, 1000).stream()
                        .anyMatch(c -> c.commentId() == ((CommentTarget) t).commentId()))));
        // Consideration: only the drafting agency decides and sees the workspace.
        rows.add(new Row(
                "consideration",
                "workspace of a draft of agency X",
                only(Actor.OFFICIAL_X),
                k -> commentOfA(),
                (t, k) -> considerationQueries.workspace(
                        ((CommentTarget) t).draftId(), new Workspace.Filter(null, null, null, null, null))));
        rows.add(new Row("consideration", "decide A's comment", only(Actor.OFFICIAL_X), k -> commentOfA(), (t, k) -> {
            CommentTarget ct = (CommentTarget) t;
            consideration.decideComment(
                    ct.draftId(), ct.commentId(), DecisionForm.of(Outcome.NOTED, "Taken into account", "en"));
        }));
        rows.add(new Row(
                "consideration",
                "audit trail of a draft of agency X",
                only(Actor.OFFICIAL_X),
                k -> commentOfA(),
                (t, k) -> considerationQueries.auditTrail(((CommentTarget) t).draftId(), 0, 10)));
        // Notifications: one's own only; marking someone else's read changes nothing.
        rows.add(new Row(
                "notification",
                "see A's notification",
                only(Actor.CITIZEN_A),
                k -> notificationOfA(),
                (t, k) -> listed(notifications.mine(0, 1000).stream()
                        .map(Notification::id)
                        .anyMatch(id -> id.equals(t)))));
        rows.add(new Row(
                "notification", "mark A's notification read", only(Actor.CITIZEN_A), k -> notificationOfA(), (t, k) -> {
                    notifications.markRead((Long) t);
                    listed(TestUsers.as(
                            a(),
                            () -> notifications.mine(0, 1000).stream()
                                    .filter(n -> n.id() == (Long) t)
                                    .anyMatch(Notification::isRead)));
                }));
        // Petitions: a pending petition is its author's and its country's moderators'; a signature is the signer's.
        rows.add(new Row(
                "petition",
                "read A's pending petition",
                only(Actor.CITIZEN_A, Actor.MODERATOR_K, Actor.ADMIN),
                k -> pendingPetitionOfA(),
                (t, k) -> listed(petitions.details((Long) t).contentVisible())));
        rows.add(new Row(
                "petition",
                "approve A's pending petition (in K)",
                only(Actor.MODERATOR_K),
                k -> pendingPetitionOfA(),
                (t, k) -> petitions.approve((Long) t)));
        rows.add(new Row(
                "petition",
                "see it in \"my petitions\"",
                only(Actor.CITIZEN_A),
                k -> pendingPetitionOfA(),
                (t, k) -> listed(petitions.mine(0, 1000).stream()
                        .map(PetitionSummary::id)
                        .anyMatch(id -> id.equals(t)))));
        rows.add(new Row(
                "petition",
                "sign a collecting petition",
                only(Actor.CITIZEN_A, Actor.CITIZEN_B),
                k -> collectingPetition(1000),
                (t, k) -> petitions.sign((Long) t)));
        rows.add(new Row(
                "petition", "withdraw A's signature", only(Actor.CITIZEN_A), k -> petitionSignedByA(1000), (t, k) -> {
                    try {
                        petitions.withdraw((Long) t);
                    } catch (DomainException e) {
                        if (!"petition.withdraw.notSigned".equals(e.messageKey())) {
                            throw e;
                        }
                    }
                    listed(!TestUsers.as(a(), () -> petitions.details((Long) t).hasSigned()));
                }));
        rows.add(new Row(
                "petition",
                "respond to a petition addressed to X",
                only(Actor.OFFICIAL_X),
                k -> petitionSignedByA(1),
                (t, k) -> petitions.respond(
                        (Long) t,
                        new ResponseForm(ResponseDecision.WILL_ACT, "We will light the ring road by next autumn."))));
        // Accounts: personal data of every person is the administrators' only.
        rows.add(new Row(
                "account",
                "search accounts (e-mail, names)",
                only(Actor.ADMIN),
                k -> null,
                (t, k) -> accounts.search("test", PageRequest.of(0, 5))));
        rows.add(new Row(
                "account",
                "assign roles to an account",
                only(Actor.ADMIN),
                k -> freshAccount(),
                (t, k) -> accounts.assignRoles((Long) t, EnumSet.of(Role.CITIZEN), null, null)));
        rows.add(new Row(
                "account",
                "verify an account's identity",
                only(Actor.ADMIN),
                k -> freshAccount(),
                (t, k) -> accounts.verify((Long) t, "passport seen")));
        rows.add(new Row(
                "account",
                "disable an account",
                only(Actor.ADMIN),
                k -> freshAccount(),
                (t, k) -> accounts.setEnabled((Long) t, false)));
        rows.add(new Row(
                "comparison",
                "who looked at the comparison (access log)",
                only(Actor.ADMIN),
                k -> null,
                (t, k) -> comparison.recentAccess(10)));
        // The open data API is the same for everyone and holds no personal record.
        rows.add(new Row(
                "API",
                "GET /api/v1/consultations/{unpublished}",
                only(),
                k -> draftOfX(false),
                (t, k) -> apiStatus("/api/v1/consultations/" + t, 200)));
        rows.add(new Row(
                "API",
                "GET /api/v1/consultations/{unpublished}/comments",
                only(),
                k -> draftOfX(false),
                (t, k) -> apiStatus("/api/v1/consultations/" + t + "/comments", 200)));
        rows.add(new Row(
                "API",
                "GET /api/v1/petitions/{pending}",
                only(),
                k -> pendingPetitionOfA(),
                (t, k) -> apiStatus("/api/v1/petitions/" + t, 200)));
        rows.add(new Row(
                "API",
                "GET /api/v1/consultations/{open}/comments",
                everyone(),
                k -> commentOfA().draftId(),
                (t, k) -> apiStatus("/api/v1/consultations/" + t + "/comments", 200)));
        // Polls on a consultation: the drafting agency's officials manage them; verified citizens of the country vote.
        rows.add(new Row(
                "poll", "attach a poll to X's open draft", only(Actor.OFFICIAL_X), k -> draftOfX(true), (t, k) -> {
                    Instant now = Instant.now();
                    polls.createPoll(
                            (Long) t,
                            PollFixtures.form(
                                    false, PollVisibility.ON_CLOSE, now, now.plusSeconds(86_400), "yes", "no"));
                }));
        rows.add(new Row(
                "poll", "close X's poll", only(Actor.OFFICIAL_X), k -> pollOfX(), (t, k) -> polls.closePoll((Long) t)));
        rows.add(new Row(
                "poll",
                "vote in a poll on a Kazakh draft",
                only(Actor.CITIZEN_A, Actor.CITIZEN_B),
                k -> pollOfX(),
                (t, k) -> polls.vote((Long) t, List.of(pollOptionOf((Long) t)))));
        // Public answers: written and withdrawn by the officials of the agency that gives them.
        rows.add(new Row(
                "public answer",
                "publish an answer of one's own agency",
                only(Actor.OFFICIAL_X, Actor.OFFICIAL_Y),
                k -> 0L,
                (t, k) -> publicAnswers.publish(publicAnswerForm())));
        rows.add(new Row(
                "public answer",
                "withdraw X's answer",
                only(Actor.OFFICIAL_X),
                k -> publicAnswerOfX(),
                (t, k) -> publicAnswers.withdraw((Long) t)));
        rows.add(new Row(
                "public answer",
                "edit X's answer",
                only(Actor.OFFICIAL_X),
                k -> publicAnswerOfX(),
                (t, k) -> publicAnswers.edit((Long) t, publicAnswerForm())));
        return rows;
    }

    // --- running it -------------------------------------------------------------------------------------------

    @Test
    void everyCellOfTheAccessMatrixHolds() throws Exception {
        List<Row> rows = rows();
        Map<Row, Map<Actor, String>> outcomes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Map<Actor, String> cells = new EnumMap<>(Actor.class);
            for (Actor actor : Actor.values()) {
                TestUsers.signOut();
                Object target = row.setUp().apply(actor);
                String outcome = attempt(row, target, actor);
                cells.put(actor, outcome);
                boolean allowed = outcome.equals(ALLOWED);
                if (allowed != row.allowed().contains(actor)) {
                    wrong.add(row.area() + " / " + row.operation() + " / " + actor.label + ": " + outcome
                            + (row.allowed().contains(actor) ? " (should be allowed)" : " (should be denied)"));
                }
            }
            outcomes.put(row, cells);
        }
        String table = render(outcomes);
        Path out = Path.of("target", "access-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(wrong).as("cells that do not hold").isEmpty();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(35);
        Path docs = Path.of("docs", "security.md");
        assertThat(Files.readString(docs).replace("\r\n", "\n"))
                .as("docs/security.md holds the current access matrix (copy target/access-matrix.md into it)")
                .contains(table);
    }

    static final String ALLOWED = "✓";

    private String attempt(Row row, Object target, Actor actor) {
        try {
            if (actor == Actor.ANONYMOUS) {
                TestUsers.signOut();
            } else {
                TestUsers.signIn(people.get(actor));
            }
            row.attempt().run(target, actor);
            return ALLOWED;
        } catch (NotFoundException e) {
            return "404";
        } catch (AccessDeniedException e) {
            return "403";
        } catch (AuthenticationException e) {
            return "401";
        } catch (NotListed e) {
            return "–";
        } catch (DomainException e) {
            if (DENIALS.contains(e.messageKey())) {
                return "✗ " + e.messageKey();
            }
            return "error " + e.messageKey();
        } catch (Exception e) {
            return "error " + e;
        } finally {
            TestUsers.signOut();
        }
    }

    /** Domain refusals that mean "not you" (rather than "not now"). */
    static final Set<String> DENIALS = Set.of(
            "error.accessDenied",
            "consultation.error.citizensOnly",
            "consultation.error.notYourComment",
            "consideration.error.notYourAgency");

    private static String render(Map<Row, Map<Actor, String>> outcomes) {
        StringBuilder md = new StringBuilder();
        md.append("| area | operation |");
        for (Actor actor : Actor.values()) {
            md.append(' ').append(actor.label).append(" |");
        }
        md.append("\n| --- | --- |");
        md.append(" :---: |".repeat(Actor.values().length));
        md.append('\n');
        outcomes.forEach((row, cells) -> {
            md.append("| ")
                    .append(row.area())
                    .append(" | ")
                    .append(row.operation().replace("|", "\\|"))
                    .append(" |");
            for (Actor actor : Actor.values()) {
                md.append(' ').append(cells.get(actor)).append(" |");
            }
            md.append('\n');
        });
        return md.toString();
    }
}
