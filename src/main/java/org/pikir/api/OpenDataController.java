package org.pikir.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pikir.account.AuthorName;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consideration.ConsiderationQueries.CommentDecision;
import org.pikir.consideration.ConsiderationQueries.LinkedArticle;
import org.pikir.consideration.ConsiderationQueries.Membership;
import org.pikir.consideration.ConsiderationQueries.Report;
import org.pikir.consideration.ReportExport;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.ArticleEntry;
import org.pikir.consultation.ConsultationQueries.CommentEntry;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.consultation.ConsultationQueries.DraftFilter;
import org.pikir.consultation.ConsultationQueries.DraftSummary;
import org.pikir.consultation.OpinionGroupService;
import org.pikir.consultation.StatusFilter;
import org.pikir.consultation.Trilingual;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.petition.PetitionDetails;
import org.pikir.petition.PetitionFilter;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionStatus;
import org.pikir.petition.PetitionSummary;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.PublicTextMask;
import org.pikir.shared.chart.Csv;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The read-only open-data API: countries, consultations with versions and articles, public comments with
 * language, campaign, topic and decision, consideration reports, petitions. Paginated, cacheable (ETag from
 * {@link ApiWebConfig}), rate-limited per IP, no personal data beyond display names. Described by
 * {@code /api/v1/openapi.json}.
 */
@RestController
@RequestMapping("/api/v1")
class OpenDataController {

    static final CacheControl CACHE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CountryService countries;
    private final ConsultationQueries consultations;
    private final ConsiderationQueries consideration;
    private final ReportExport reports;
    private final PetitionService petitions;
    private final CsvExport exports;
    private final TranslationProvider translations;
    private final OpinionGroupService opinionGroups;

    OpenDataController(
            CountryService countries,
            ConsultationQueries consultations,
            ConsiderationQueries consideration,
            ReportExport reports,
            PetitionService petitions,
            CsvExport exports,
            TranslationProvider translations,
            OpinionGroupService opinionGroups) {
        this.countries = countries;
        this.consultations = consultations;
        this.consideration = consideration;
        this.reports = reports;
        this.petitions = petitions;
        this.exports = exports;
        this.translations = translations;
        this.opinionGroups = opinionGroups;
    }

    record Names(String kk, String ru, String en) {
        static Names of(Trilingual t) {
            return t == null ? new Names(null, null, null) : new Names(t.kk(), t.ru(), t.en());
        }
    }

    record CountryJson(
            String code,
            String nameKk,
            String nameRu,
            String nameEn,
            List<String> officialLanguages,
            long population,
            Double egdi2012,
            Double egdi2022) {}

    record ConsultationJson(
            long id,
            String country,
            long agencyId,
            Names agency,
            String policyArea,
            String status,
            Names title,
            Instant opensAt,
            Instant closesAt,
            int currentVersion,
            long comments) {}

    record ArticleJson(long id, String ref, int position, String number, Names chapter, Names heading, Names text) {}

    record VersionJson(int number, Instant publishedAt, String changeNote) {}

    record ConsultationDetailJson(
            long id,
            String country,
            long agencyId,
            Names agency,
            String policyArea,
            String status,
            Names title,
            Names summary,
            Instant opensAt,
            Instant closesAt,
            int currentVersion,
            long support,
            long oppose,
            long comments,
            long participants,
            List<VersionJson> versions,
            List<ArticleJson> articles,
            boolean reportAvailable) {}

    record DecisionJson(
            String outcome, String level, String reason, Instant decidedAt, List<ArticleRef> changedArticles) {}

    record ArticleRef(long articleId, String number, int version) {}

    record CommentJson(
            long id,
            Long articleId,
            Long parentId,
            String authorName,
            String body,
            boolean hidden,
            String language,
            Instant createdAt,
            int agree,
            int disagree,
            String campaign,
            String topic,
            DecisionJson decision) {}

    /** A comment's share: agreed by the group (or, for consensus, by the least agreeing group) and by the rest. */
    record OpinionShareJson(long commentId, double groupAgree, double othersAgree) {}

    record OpinionGroupJson(int number, int size, List<OpinionShareJson> distinguishing) {}

    record OpinionGroupsJson(
            long consultationId,
            Long articleId,
            Instant computedAt,
            int participants,
            int minGroupSize,
            List<OpinionGroupJson> groups,
            List<OpinionShareJson> consensus) {}

    record ReportRowJson(
            long decisionId,
            String level,
            String group,
            long comments,
            String outcome,
            String reason,
            Instant decidedAt,
            boolean revised,
            List<ArticleRef> changedArticles) {}

    record ReportJson(
            long consultationId,
            Names title,
            String status,
            long comments,
            long considered,
            List<ReportRowJson> rows) {}

    record PetitionJson(
            long id,
            String country,
            long agencyId,
            String title,
            String status,
            long signatures,
            int threshold,
            Instant openedAt,
            Instant closesAt,
            Instant responseDue) {}

    record PetitionDetailJson(
            long id,
            String country,
            long agencyId,
            String title,
            String text,
            String requestedAction,
            String status,
            long signatures,
            int threshold,
            Instant openedAt,
            Instant closesAt,
            String responseDecision,
            String responseText,
            Instant respondedAt) {}

    // --- countries ----------------------------------------------------------------------------------------

    @GetMapping("/countries")
    ResponseEntity<List<CountryJson>> countries() {
        return ok(
                countries.countries().stream().map(OpenDataController::country).toList());
    }

    @GetMapping(value = "/countries.csv", produces = "text/csv")
    ResponseEntity<String> countriesCsv() {
        List<List<String>> rows = countries.countries().stream()
                .map(OpenDataController::country)
                .map(c -> List.of(
                        c.code(),
                        str(c.nameKk()),
                        str(c.nameRu()),
                        str(c.nameEn()),
                        String.join(" ", c.officialLanguages()),
                        String.valueOf(c.population()),
                        str(c.egdi2012()),
                        str(c.egdi2022())))
                .toList();
        return csv(
                List.of(
                        "code",
                        "name_kk",
                        "name_ru",
                        "name_en",
                        "official_languages",
                        "population",
                        "egdi_2012",
                        "egdi_2022"),
                rows);
    }

    private static CountryJson country(Country c) {
        return new CountryJson(
                c.getCode().name(),
                c.getName().in(UiLanguage.KK.locale()),
                c.getName().in(UiLanguage.RU.locale()),
                c.getName().in(UiLanguage.EN.locale()),
                c.getOfficialLanguages(),
                c.getPopulation(),
                c.getEgdi2012() == null ? null : c.getEgdi2012().doubleValue(),
                c.getEgdi2022() == null ? null : c.getEgdi2022().doubleValue());
    }

    // --- consultations ------------------------------------------------------------------------------------

    @GetMapping("/consultations")
    ResponseEntity<ApiPage<ConsultationJson>> consultations(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        DraftFilter filter = filter(country, status);
        List<ConsultationJson> rows = consultations.search(filter, paging.offset(), paging.fetch()).stream()
                .map(OpenDataController::consultation)
                .toList();
        return ok(ApiPage.of(paging.page(), paging.size(), rows, consultations.count(filter)));
    }

    @GetMapping(value = "/consultations.csv", produces = "text/csv")
    void consultationsCsv(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String status,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        DraftFilter filter = filter(country, status);
        exports.stream(
                request,
                response,
                "consultations.csv",
                List.of(
                        "id",
                        "country",
                        "agency_id",
                        "agency_ru",
                        "policy_area",
                        "status",
                        "title_kk",
                        "title_ru",
                        "title_en",
                        "opens_at",
                        "closes_at",
                        "current_version",
                        "comments"),
                consultations.count(filter),
                (offset, limit) -> consultations.search(filter, offset, limit).stream()
                        .map(OpenDataController::consultation)
                        .map(c -> List.of(
                                String.valueOf(c.id()),
                                c.country(),
                                String.valueOf(c.agencyId()),
                                str(c.agency().ru()),
                                c.policyArea(),
                                c.status(),
                                str(c.title().kk()),
                                str(c.title().ru()),
                                str(c.title().en()),
                                str(c.opensAt()),
                                str(c.closesAt()),
                                String.valueOf(c.currentVersion()),
                                String.valueOf(c.comments())))
                        .toList());
    }

    @GetMapping("/consultations/{id}")
    ResponseEntity<ConsultationDetailJson> consultation(@PathVariable long id) {
        DraftDetail d = publicDraft(id);
        return ok(new ConsultationDetailJson(
                d.id(),
                d.country().name(),
                d.agencyId(),
                Names.of(d.agencyName()),
                d.policyArea().name(),
                d.status().name(),
                Names.of(d.title()),
                Names.of(d.summary()),
                d.opensAt(),
                d.closesAt(),
                d.currentVersion(),
                d.tallies().support(),
                d.tallies().oppose(),
                d.tallies().comments(),
                d.tallies().participants(),
                d.versions().stream()
                        .map(v -> new VersionJson(v.number(), v.publishedAt(), v.changeNote()))
                        .toList(),
                d.articles().stream().map(OpenDataController::article).toList(),
                consideration.reportAvailable(id)));
    }

    @GetMapping("/consultations/{id}/versions/{number}/articles")
    ResponseEntity<List<ArticleJson>> articles(@PathVariable long id, @PathVariable int number) {
        publicDraft(id);
        List<ArticleJson> articles = consultations.articles(id, number).stream()
                .map(OpenDataController::article)
                .toList();
        if (articles.isEmpty()) {
            throw new NotFoundException();
        }
        return ok(articles);
    }

    @GetMapping("/consultations/{id}/comments")
    ResponseEntity<ApiPage<CommentJson>> comments(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        DraftDetail d = publicDraft(id);
        return ok(ApiPage.of(
                paging.page(),
                paging.size(),
                comments(id, paging.offset(), paging.fetch()),
                d.tallies().comments()));
    }

    @GetMapping(value = "/consultations/{id}/comments.csv", produces = "text/csv")
    void commentsCsv(@PathVariable long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        publicDraft(id);
        exports.stream(
                request,
                response,
                "comments-" + id + ".csv",
                List.of(
                        "id",
                        "article_id",
                        "parent_id",
                        "author_name",
                        "body",
                        "language",
                        "created_at",
                        "agree",
                        "disagree",
                        "campaign",
                        "topic",
                        "decision",
                        "reason"),
                consultations.countAllComments(id),
                (offset, limit) -> comments(id, offset, limit).stream()
                        .map(c -> List.of(
                                String.valueOf(c.id()),
                                str(c.articleId()),
                                str(c.parentId()),
                                str(c.authorName()),
                                str(c.body()),
                                str(c.language()),
                                str(c.createdAt()),
                                String.valueOf(c.agree()),
                                String.valueOf(c.disagree()),
                                str(c.campaign()),
                                str(c.topic()),
                                c.decision() == null ? "" : c.decision().outcome(),
                                c.decision() == null ? "" : str(c.decision().reason())))
                        .toList());
    }

    /** The author as the draft page shows them to the public; anonymous in English, null on a hidden comment. */
    private String authorName(AuthorName author) {
        if (author.none()) {
            return null;
        }
        return author.label(
                UiLanguage.EN.locale(),
                country -> translations.getTranslation("account.name.anonymous", UiLanguage.EN.locale(), country));
    }

    private List<CommentJson> comments(long draftId, int offset, int limit) {
        List<CommentEntry> entries = consultations.allComments(draftId, offset, limit);
        Map<Long, CommentDecision> decisions =
                consideration.decisionsOf(entries.stream().map(CommentEntry::id).toList());
        Map<Long, Membership> memberships = consideration.memberships(draftId);
        return entries.stream()
                .map(c -> {
                    CommentDecision d = decisions.get(c.id());
                    Membership m = memberships.get(c.id());
                    return new CommentJson(
                            c.id(),
                            c.articleId(),
                            c.parentId(),
                            authorName(c.author()),
                            c.body(),
                            c.hidden(),
                            c.language(),
                            c.createdAt(),
                            c.agree(),
                            c.disagree(),
                            m == null ? null : m.campaignKey(),
                            m == null ? null : m.topicKey(),
                            d == null
                                    ? null
                                    : new DecisionJson(
                                            d.outcome().name(),
                                            d.via().name(),
                                            PublicTextMask.mask(d.reason()),
                                            d.decidedAt(),
                                            refs(d.articles())));
                })
                .toList();
    }

    // --- consideration reports ----------------------------------------------------------------------------

    /**
     * Opinion groups of a public consultation (or of one article): aggregates only, groups under the small-cell
     * limit never appear; computedAt null and no groups when not computed or too few votes.
     */
    @GetMapping("/consultations/{id}/opinion-groups")
    ResponseEntity<OpinionGroupsJson> opinionGroups(
            @PathVariable long id, @RequestParam(required = false) Long article) {
        publicDraft(id);
        var map = article == null ? opinionGroups.forDraft(id) : opinionGroups.forArticle(id, article);
        return ok(new OpinionGroupsJson(
                id,
                article,
                map.map(OpinionGroupService.OpinionMap::computedAt).orElse(null),
                map.map(OpinionGroupService.OpinionMap::participants).orElse(0),
                OpinionGroupService.MIN_GROUP_SIZE,
                map.map(m -> m.groups().stream()
                                .map(g -> new OpinionGroupJson(g.number(), g.size(), shares(g.distinguishing())))
                                .toList())
                        .orElse(List.of()),
                map.map(m -> shares(m.consensus())).orElse(List.of())));
    }

    private static List<OpinionShareJson> shares(List<OpinionGroupService.CommentShare> shares) {
        return shares.stream()
                .map(s -> new OpinionShareJson(s.commentId(), s.groupAgree(), s.othersAgree()))
                .toList();
    }

    @GetMapping("/consultations/{id}/consideration-report")
    ResponseEntity<ReportJson> report(@PathVariable long id) {
        Report r = consideration.report(id);
        return ok(new ReportJson(
                r.draftId(),
                Names.of(r.title()),
                r.status().name(),
                r.comments(),
                r.considered(),
                r.rows().stream()
                        .map(row -> new ReportRowJson(
                                row.decisionId(),
                                row.level().name(),
                                PublicTextMask.mask(row.label()),
                                row.comments(),
                                row.outcome().name(),
                                PublicTextMask.mask(row.reason()),
                                row.decidedAt(),
                                row.revised(),
                                refs(row.articles())))
                        .toList()));
    }

    @GetMapping(value = "/consultations/{id}/consideration-report.csv", produces = "text/csv")
    ResponseEntity<String> reportCsv(@PathVariable long id, @RequestParam(required = false) String lang) {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"consideration-report-" + id + ".csv\"")
                .body(PublicTextMask.mask(reports.csv(consideration.report(id), language(lang))));
    }

    @GetMapping(value = "/consultations/{id}/consideration-report.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> reportHtml(@PathVariable long id, @RequestParam(required = false) String lang) {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(PublicTextMask.mask(reports.html(consideration.report(id), language(lang))));
    }

    // --- petitions ----------------------------------------------------------------------------------------

    @GetMapping("/petitions")
    ResponseEntity<ApiPage<PetitionJson>> petitions(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        List<PetitionJson> rows =
                petitions.search(petitionFilter(country, status), paging.offset(), paging.fetch()).stream()
                        .map(OpenDataController::petition)
                        .toList();
        return ok(ApiPage.of(paging.page(), paging.size(), rows, null));
    }

    @GetMapping(value = "/petitions.csv", produces = "text/csv")
    void petitionsCsv(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String status,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        PetitionFilter filter = petitionFilter(country, status);
        exports.stream(
                request,
                response,
                "petitions.csv",
                List.of(
                        "id",
                        "country",
                        "agency_id",
                        "title",
                        "status",
                        "signatures",
                        "threshold",
                        "opened_at",
                        "closes_at",
                        "response_due"),
                petitions.count(filter),
                (offset, limit) -> petitions.search(filter, offset, limit).stream()
                        .map(OpenDataController::petition)
                        // A rejection for offensive content or personal data hides the title (null): an empty
                        // cell, not a crash.
                        .map(p -> List.of(
                                String.valueOf(p.id()),
                                p.country(),
                                String.valueOf(p.agencyId()),
                                java.util.Objects.toString(p.title(), ""),
                                p.status(),
                                String.valueOf(p.signatures()),
                                String.valueOf(p.threshold()),
                                str(p.openedAt()),
                                str(p.closesAt()),
                                str(p.responseDue())))
                        .toList());
    }

    @GetMapping("/petitions/{id}")
    ResponseEntity<PetitionDetailJson> petition(@PathVariable long id) {
        PetitionDetails d = petitions.details(id);
        var p = d.petition();
        if (p.getStatus() == PetitionStatus.PENDING || p.getStatus() == PetitionStatus.REJECTED) {
            throw new NotFoundException();
        }
        return ok(new PetitionDetailJson(
                p.getId(),
                p.getCountry().name(),
                p.getAgencyId(),
                PublicTextMask.mask(p.getTitle()),
                PublicTextMask.mask(p.getText()),
                PublicTextMask.mask(p.getRequestedAction()),
                p.getStatus().name(),
                d.signatures(),
                p.getThreshold(),
                p.getOpenedAt(),
                p.getClosesAt(),
                p.getResponseDecision() == null ? null : p.getResponseDecision().name(),
                PublicTextMask.mask(p.getResponseText()),
                p.getRespondedAt()));
    }

    private static PetitionJson petition(PetitionSummary p) {
        return new PetitionJson(
                p.id(),
                p.country().name(),
                p.agencyId(),
                PublicTextMask.mask(p.title()),
                p.status().name(),
                p.signatures(),
                p.threshold(),
                p.openedAt(),
                p.closesAt(),
                p.responseDue());
    }

    // --- OpenAPI ------------------------------------------------------------------------------------------

    @GetMapping(value = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> openApi() throws java.io.IOException {
        String json = new ClassPathResource("org/pikir/api/openapi.json").getContentAsString(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json);
    }

    // --- errors and helpers -------------------------------------------------------------------------------

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return Problems.entity(HttpStatus.NOT_FOUND, "no such resource");
    }

    @ExceptionHandler({
        Paging.BadRequest.class,
        MethodArgumentTypeMismatchException.class,
        IllegalArgumentException.class
    })
    ResponseEntity<String> badRequest(Exception e) {
        // a set type even to a client that accepts only CSV: without it the error cannot be written and becomes a
        // 500
        return Problems.entity(
                HttpStatus.BAD_REQUEST, e instanceof Paging.BadRequest ? e.getMessage() : "invalid parameter");
    }

    private DraftDetail publicDraft(long id) {
        DraftDetail d = consultations.draft(id);
        if (!d.status().isPublic()) {
            throw new NotFoundException();
        }
        return d;
    }

    private static DraftFilter filter(String country, String status) {
        return new DraftFilter(
                country == null ? null : CountryCode.valueOf(country.toUpperCase(java.util.Locale.ROOT)),
                null,
                null,
                status == null ? null : StatusFilter.valueOf(status.toUpperCase(java.util.Locale.ROOT)),
                null,
                null);
    }

    private static PetitionFilter petitionFilter(String country, String status) {
        PetitionStatus s = status == null ? null : PetitionStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        if (s == PetitionStatus.PENDING || s == PetitionStatus.REJECTED) {
            throw new Paging.BadRequest("status must be a public petition status");
        }
        return new PetitionFilter(
                country == null ? null : CountryCode.valueOf(country.toUpperCase(java.util.Locale.ROOT)),
                s,
                null,
                null);
    }

    private static UiLanguage language(String lang) {
        return UiLanguage.fromCode(lang == null ? "en" : lang).orElse(UiLanguage.EN);
    }

    private static ConsultationJson consultation(DraftSummary d) {
        return new ConsultationJson(
                d.id(),
                d.country().name(),
                d.agencyId(),
                Names.of(d.agencyName()),
                d.policyArea().name(),
                d.status().name(),
                Names.of(d.title()),
                d.opensAt(),
                d.closesAt(),
                d.currentVersion(),
                d.comments());
    }

    private static ArticleJson article(ArticleEntry a) {
        return new ArticleJson(
                a.id(),
                a.ref(),
                a.position(),
                a.number(),
                Names.of(a.chapter()),
                Names.of(a.heading()),
                Names.of(a.text()));
    }

    private static List<ArticleRef> refs(List<LinkedArticle> articles) {
        return articles.stream()
                .map(a -> new ArticleRef(a.articleId(), a.number(), a.version()))
                .toList();
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CACHE).body(body);
    }

    private static ResponseEntity<String> csv(List<String> header, List<List<String>> rows) {
        return ResponseEntity.ok().cacheControl(CACHE).contentType(CSV).body(Csv.write(header, rows));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
