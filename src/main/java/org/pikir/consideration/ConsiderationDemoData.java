package org.pikir.consideration;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ArticleForm;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.DraftForm;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.PolicyArea;
import org.pikir.shared.demo.DemoDataContributor;
import org.pikir.shared.security.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo consideration: decisions on the open KZ migration consultation, and a closed KZ consultation on
 * e-notarial services whose comments were all decided and whose version 2 changed one article, so the public
 * report, the citizen's view and the dashboard (with one red flag) have something to show.
 */
@Component
class ConsiderationDemoData implements DemoDataContributor {

    static final String OFFICIAL = "official.kz-interior@pikir.demo";

    private final ConsiderationService service;
    private final DraftLawService drafts;
    private final CommentService comments;
    private final ConsultationQueries queries;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConsiderationDemoData(
            ConsiderationService service,
            DraftLawService drafts,
            CommentService comments,
            ConsultationQueries queries,
            UserDetailsService users,
            JdbcTemplate jdbc,
            Clock clock) {
        this.service = service;
        this.drafts = drafts;
        this.comments = comments;
        this.queries = queries;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "consideration.demo-decisions";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        List<String> emails =
                jdbc.queryForList("select email from user_account where email = ?", String.class, OFFICIAL);
        if (emails.isEmpty()) {
            return; // the consultation demo data is not there
        }
        PikirUser official = (PikirUser) users.loadUserByUsername(OFFICIAL);
        List<PikirUser> residents = jdbc
                .queryForList(
                        "select email from user_account where email like 'resident%@pikir.demo' and residence_country = 'KZ'"
                                + " order by email limit 6",
                        String.class)
                .stream()
                .map(e -> (PikirUser) users.loadUserByUsername(e))
                .toList();
        decideSomeOpenComments(official);
        if (residents.size() >= 3) {
            closedRound(official, residents);
        }
    }

    private void decideSomeOpenComments(PikirUser official) {
        List<Long> open = jdbc.queryForList("""
                select c.id from consultation_comment c join draft_law d on d.id = c.draft_id
                where d.agency_id = ? and d.status = 'OPEN' and c.parent_id is null order by c.id limit 3""", Long.class, official.agencyId());
        if (open.size() < 3) {
            return;
        }
        long draftId = jdbc.queryForObject(
                "select draft_id from consultation_comment where id = ?", Long.class, open.getFirst());
        as(official, () -> {
            service.decideComment(
                    draftId,
                    open.get(0),
                    DecisionForm.of(
                            Outcome.NOTED, "Учтём при подготовке подзаконных актов о порядке регистрации.", "ru"));
            service.decideComment(
                    draftId,
                    open.get(1),
                    DecisionForm.of(
                            Outcome.REJECTED,
                            "Срок в три рабочих дня соответствует международным обязательствам Казахстана.",
                            "ru"));
            return service.decideComment(
                    draftId,
                    open.get(2),
                    DecisionForm.of(
                            Outcome.OUT_OF_SCOPE,
                            "Вопрос относится к Трудовому кодексу, а не к этому законопроекту.",
                            "ru"));
        });
    }

    private void closedRound(PikirUser official, List<PikirUser> residents) {
        long draftId = as(official, () -> {
            long id = drafts.createDraft(form(""));
            drafts.openConsultation(id, clock.instant(), clock.instant().plus(Duration.ofDays(30)));
            return id;
        });
        List<Long> articles = queries.articles(draftId, 1).stream()
                .map(ConsultationQueries.ArticleEntry::id)
                .toList();
        String[][] texts = {
            {"0", "Электронный нотариат должен работать и с ЭЦП на смартфоне, не только с токеном."},
            {"1", "Статья 2: срок хранения электронных нотариальных документов нужно указать прямо в законе."},
            {"1", "Бап 2: электрондық құжаттарды сақтау мерзімін заңда көрсету керек."},
            {"2", "Тариф за удалённое удостоверение не должен превышать обычный."},
            {"2", "Remote notarisation fees should be capped by law."},
            {"-", "В целом поддерживаю законопроект, это сэкономит время."}
        };
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String[] t = texts[i];
            Long article = t[0].equals("-") ? null : articles.get(Integer.parseInt(t[0]));
            PikirUser who = residents.get(i % residents.size());
            ids.add(as(who, () -> comments.submitComment(draftId, article, t[1])));
        }
        as(official, () -> {
            service.decideComment(
                    draftId,
                    ids.get(0),
                    DecisionForm.of(
                            Outcome.NOTED,
                            "Мобильная ЭЦП уже поддерживается порталом eGov; отдельная норма не нужна.",
                            "ru"));
            service.decideComment(draftId, ids.get(1), DecisionForm.of(Outcome.ACCEPTED, null, "ru"));
            service.decideComment(draftId, ids.get(2), DecisionForm.of(Outcome.ACCEPTED, null, "kk"));
            // accepted, but the next version leaves article 3 unchanged: the dashboard shows it as a red flag
            service.decideComment(
                    draftId,
                    ids.get(3),
                    DecisionForm.of(
                            Outcome.PARTIALLY_ACCEPTED,
                            "Предельный тариф будет установлен приказом Министерства юстиции.",
                            "ru"));
            service.decideComment(
                    draftId,
                    ids.get(4),
                    DecisionForm.of(
                            Outcome.REJECTED, "Fees are set by the Ministry of Justice order, not by the law.", "en"));
            drafts.closeConsultation(draftId);
            List<ConsultationQueries.ArticleEntry> v1 = queries.articles(draftId, 1);
            DraftForm next = form(" Электронные нотариальные документы хранятся не менее пятидесяти лет.");
            List<ArticleForm> withRefs = new ArrayList<>();
            for (int i = 0; i < next.articles().size(); i++) {
                ArticleForm a = next.articles().get(i);
                withRefs.add(new ArticleForm(
                        v1.get(i).ref(),
                        a.number(),
                        a.chapterKk(),
                        a.chapterRu(),
                        a.chapterEn(),
                        a.headingKk(),
                        a.headingRu(),
                        a.headingEn(),
                        a.textKk(),
                        a.textRu(),
                        a.textEn()));
            }
            drafts.publishNewVersion(
                    draftId,
                    new DraftForm(
                            next.policyArea(),
                            next.titleKk(),
                            next.titleRu(),
                            next.titleEn(),
                            next.summaryKk(),
                            next.summaryRu(),
                            next.summaryEn(),
                            next.noteKk(),
                            next.noteRu(),
                            next.noteEn(),
                            withRefs),
                    "Учтены предложения о сроке хранения документов.");
            long changed = queries.articles(draftId, 2).get(1).id();
            return service.decideComment(
                    draftId,
                    ids.get(5),
                    new DecisionForm(Outcome.ACCEPTED, "Спасибо за поддержку.", "ru", List.of(changed), null));
        });
    }

    /** The demo draft; {@code storageAddition} is appended to article 2 in version 2. */
    private static DraftForm form(String storageAddition) {
        boolean v2 = !storageAddition.isEmpty();
        List<ArticleForm> articles = List.of(
                new ArticleForm(
                        null,
                        "1",
                        null,
                        null,
                        null,
                        "Электрондық нотариат",
                        "Электронный нотариат",
                        "Electronic notary",
                        "Нотариус электрондық құжатты ЭЦҚ арқылы куәландырады.",
                        "Нотариус удостоверяет электронный документ с помощью ЭЦП.",
                        "A notary certifies an electronic document with a digital signature."),
                new ArticleForm(
                        null,
                        "2",
                        null,
                        null,
                        null,
                        "Сақтау",
                        "Хранение",
                        "Storage",
                        "Электрондық нотариаттық құжаттар бірыңғай нотариаттық ақпараттық жүйеде сақталады."
                                + (v2 ? " Олар кемінде елу жыл сақталады." : ""),
                        "Электронные нотариальные документы хранятся в единой нотариальной информационной системе."
                                + storageAddition,
                        "Electronic notarial documents are kept in the unified notarial information system."
                                + (v2 ? " They are kept for at least fifty years." : "")),
                new ArticleForm(
                        null,
                        "3",
                        null,
                        null,
                        null,
                        "Тарифтер",
                        "Тарифы",
                        "Fees",
                        "Қашықтан куәландыру үшін тариф заңнамаға сәйкес алынады.",
                        "За удалённое удостоверение взимается тариф в соответствии с законодательством.",
                        "A fee is charged for remote certification in accordance with the law."));
        return new DraftForm(
                PolicyArea.DIGITAL,
                "Электрондық нотариат туралы заң жобасы",
                "Проект закона об электронном нотариате",
                "Draft law on electronic notarial services",
                "Қашықтан нотариаттық әрекеттер.",
                "Удалённые нотариальные действия.",
                "Remote notarial acts.",
                null,
                null,
                null,
                articles);
    }

    private static <T> T as(PikirUser user, java.util.function.Supplier<T> action) {
        return RunAs.as(RunAs.user(user), action);
    }
}
