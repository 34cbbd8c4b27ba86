package org.pikir.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.pikir.appeal.PublicAnswerService;
import org.pikir.appeal.PublicAnswerService.PublishedEntry;
import org.pikir.country.CountryCode;
import org.pikir.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Agencies' published public answers ("questions and answers") in the open-data API: per country, optionally
 * per agency, searchable in kk/ru/en, paginated like the other lists. Only what officials published — nothing of
 * any appeal or appellant.
 */
@RestController
@RequestMapping("/api/v1")
class PublicAnswersApi {

    record AgencyNames(String kk, String ru, String en) {}

    record AnswerJson(
            long id,
            String country,
            long agencyId,
            AgencyNames agency,
            String question,
            String answer,
            String legalBasis,
            List<String> languages,
            Instant publishedAt,
            Instant updatedAt) {}

    private final PublicAnswerService answers;

    PublicAnswersApi(PublicAnswerService answers) {
        this.answers = answers;
    }

    @GetMapping("/answers")
    ResponseEntity<ApiPage<AnswerJson>> answers(
            @RequestParam String country,
            @RequestParam(required = false) Long agency,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        CountryCode code = CountryCode.valueOf(country.toUpperCase(Locale.ROOT));
        if (q != null && q.length() > 500) {
            throw new Paging.BadRequest("q must be at most 500 characters");
        }
        List<AnswerJson> rows = answers.search(code, agency, q, paging.offset(), paging.fetch()).stream()
                .map(PublicAnswersApi::json)
                .toList();
        return ResponseEntity.ok()
                .cacheControl(OpenDataController.CACHE)
                .body(ApiPage.of(paging.page(), paging.size(), rows, answers.count(code, agency, q)));
    }

    @GetMapping("/answers/{id}")
    ResponseEntity<AnswerJson> answer(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(OpenDataController.CACHE).body(json(answers.published(id)));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return Problems.entity(HttpStatus.NOT_FOUND, "no such resource");
    }

    @ExceptionHandler({
        Paging.BadRequest.class,
        MethodArgumentTypeMismatchException.class,
        IllegalArgumentException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class
    })
    ResponseEntity<String> badRequest(Exception e) {
        return Problems.entity(
                HttpStatus.BAD_REQUEST, e instanceof Paging.BadRequest ? e.getMessage() : "invalid parameter");
    }

    private static AnswerJson json(PublishedEntry e) {
        return new AnswerJson(
                e.id(),
                e.country().name(),
                e.agencyId(),
                new AgencyNames(
                        e.agencyName().kk(), e.agencyName().ru(), e.agencyName().en()),
                e.question(),
                e.answer(),
                e.legalBasis(),
                e.languages(),
                e.publishedAt(),
                e.updatedAt());
    }
}
