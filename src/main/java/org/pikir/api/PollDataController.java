package org.pikir.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pikir.consultation.PollCount;
import org.pikir.consultation.PollResults;
import org.pikir.consultation.PollService;
import org.pikir.consultation.Trilingual;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.chart.Csv;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Public results of a consultation's polls: only polls whose results are public (closed, or live by the agency's
 * choice), aggregates only, every count under the small-cell rule (a suppressed count is {@code null} with
 * {@code suppressed: true}, "&lt;5" in CSV). Rate-limited and cacheable like the rest of {@code /api/v1}.
 */
@RestController
@RequestMapping("/api/v1")
class PollDataController {

    private final PollService polls;

    PollDataController(PollService polls) {
        this.polls = polls;
    }

    record Names(String kk, String ru, String en) {
        static Names of(Trilingual t) {
            return new Names(t.kk(), t.ru(), t.en());
        }
    }

    record CountJson(Long value, boolean suppressed) {
        static CountJson of(PollCount c) {
            return new CountJson(c.suppressed() ? null : c.value(), c.suppressed());
        }
    }

    record OptionJson(long id, Names label, CountJson votes) {}

    record ResidenceJson(String country, CountJson voters, List<CountJson> votes) {}

    record PollJson(
            long id,
            long consultationId,
            Names question,
            boolean multipleChoice,
            Instant opensAt,
            Instant closesAt,
            boolean closed,
            CountJson voters,
            List<OptionJson> options,
            List<ResidenceJson> byResidence) {}

    @GetMapping("/consultations/{id}/polls")
    ResponseEntity<List<PollJson>> polls(@PathVariable long id) {
        return ResponseEntity.ok()
                .cacheControl(OpenDataController.CACHE)
                .body(polls.publicResults(id).stream()
                        .map(PollDataController::json)
                        .toList());
    }

    @GetMapping(value = "/consultations/{id}/polls.csv", produces = "text/csv")
    ResponseEntity<String> pollsCsv(@PathVariable long id) {
        List<List<String>> rows = new ArrayList<>();
        for (PollResults r : polls.publicResults(id)) {
            for (int o = 0; o < r.options().size(); o++) {
                PollResults.OptionTotal option = r.options().get(o);
                rows.add(row(r, option, "TOTAL", r.voters(), option.votes()));
                for (PollResults.CountryRow c : r.byResidence()) {
                    rows.add(row(r, option, c.country(), c.voters(), c.votes().get(o)));
                }
            }
        }
        return ResponseEntity.ok()
                .cacheControl(OpenDataController.CACHE)
                .contentType(OpenDataController.CSV)
                .body(Csv.write(
                        List.of(
                                "poll_id",
                                "question_ru",
                                "closed",
                                "option_id",
                                "option_ru",
                                "residence",
                                "voters",
                                "votes"),
                        rows));
    }

    private static List<String> row(
            PollResults r, PollResults.OptionTotal option, String residence, PollCount voters, PollCount votes) {
        return List.of(
                String.valueOf(r.pollId()),
                nz(r.question().ru()),
                String.valueOf(r.closed()),
                String.valueOf(option.optionId()),
                nz(option.label().ru()),
                residence,
                csv(voters),
                csv(votes));
    }

    private static String csv(PollCount c) {
        return c.suppressed() ? "<5" : String.valueOf(c.value());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static PollJson json(PollResults r) {
        return new PollJson(
                r.pollId(),
                r.draftId(),
                Names.of(r.question()),
                r.multipleChoice(),
                r.opensAt(),
                r.closesAt(),
                r.closed(),
                CountJson.of(r.voters()),
                r.options().stream()
                        .map(o -> new OptionJson(o.optionId(), Names.of(o.label()), CountJson.of(o.votes())))
                        .toList(),
                r.byResidence().stream()
                        .map(c -> new ResidenceJson(
                                c.country(),
                                CountJson.of(c.voters()),
                                c.votes().stream().map(CountJson::of).toList()))
                        .toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return Problems.entity(HttpStatus.NOT_FOUND, "no such resource");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    ResponseEntity<String> badRequest() {
        return Problems.entity(HttpStatus.BAD_REQUEST, "invalid parameter");
    }
}
