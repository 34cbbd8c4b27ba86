package org.pikir.appeal;

import java.time.Instant;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out registration numbers per country and year from a counter row, incremented by an atomic upsert in
 * its own short transaction. The row lock is held for microseconds, not for the whole submission (which may
 * write 50 MB of attachments), and a submission that fails afterwards leaves a gap, which is accepted
 * (docs/decisions/004-appeal-numbers-and-deadlines.md). The unique index on appeal.number is the last guard.
 */
@Component
class AppealNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AppealNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number for an appeal registered at {@code at} (year taken in the country's time zone). */
    AppealNumber next(CountryCode country, int year) {
        Long serial = ownTransaction.execute(status -> jdbc.queryForObject("""
                insert into appeal_number_counter (country_code, year, last_value) values (?, ?, 1)
                on conflict (country_code, year) do update set last_value = appeal_number_counter.last_value + 1
                returning last_value""", Long.class, country.name(), year));
        return new AppealNumber(country, year, serial);
    }

    /** Convenience for callers that hold an instant rather than a year. */
    AppealNumber next(CountryCode country, Instant at, java.time.ZoneId zone) {
        return next(country, at.atZone(zone).getYear());
    }
}
