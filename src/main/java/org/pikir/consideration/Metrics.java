package org.pikir.consideration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Accountability figures of one scope and period, all counted in SQL from the database.
 *
 * @param comments visible comments written in the period
 * @param considered of those, comments with a decision
 * @param distinctTexts distinct comment texts (whitespace and case ignored)
 * @param distinctConsidered distinct texts among considered comments
 * @param outcomes considered comments per outcome
 * @param medianHoursToDecision median time from comment to its first decision, null without decisions
 * @param p90HoursToDecision 90th percentile of that time
 * @param withNextVersion comments whose draft has published the version after the one commented on
 * @param decidedBeforeNextVersion of those, decided before that version was published
 * @param acceptedWithNextVersion (partly) accepted comments whose next version exists
 * @param acceptedReflected of those, reflected in a changed article
 * @param redFlags accepted comments whose article did not change
 * @param campaigns campaigns detected
 * @param campaignComments comments belonging to a campaign
 * @param commentLanguages comments per language
 * @param answerLanguages decisions per language of their reason
 * @param trend comments and first decisions per week
 */
public record Metrics(
        long comments,
        long considered,
        long distinctTexts,
        long distinctConsidered,
        Map<Outcome, Long> outcomes,
        Double medianHoursToDecision,
        Double p90HoursToDecision,
        long withNextVersion,
        long decidedBeforeNextVersion,
        long acceptedWithNextVersion,
        long acceptedReflected,
        List<RedFlag> redFlags,
        long campaigns,
        long campaignComments,
        Map<String, Long> commentLanguages,
        Map<String, Long> answerLanguages,
        List<WeekPoint> trend) {

    /** An accepted comment whose article did not change in the next version. */
    public record RedFlag(long commentId, long draftId, String articleNumber, String excerpt, Outcome outcome) {}

    /** One week of the trend. */
    public record WeekPoint(LocalDate week, long comments, long decided) {}

    /** part / whole, or null when whole is 0. */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
