package org.pikir.shared.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database that would break Kazakh, Russian and other non-ASCII text: not UTF-8, or a
 * character classification (ctype) under which {@code lower()} leaves Cyrillic upper case, as a database created
 * in the POSIX locale does. Search, agency look-up and form-letter de-duplication all compare lower-cased text, so
 * such a database would silently miss matches for most users. Runs before Flyway migrates anything, on the
 * embedded and on an external database alike.
 */
@Component
class DatabaseLocaleCheck implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLocaleCheck.class);

    /** Upper and lower case of letters of our languages beyond Russian: Kazakh, Uzbek Cyrillic, Tajik, Turkish-Latin. */
    static final String UPPER = "ҚАЗАҚША ӘҒҢӨҰҮҺІ ЎЗБЕК ҶӮҲ ÇĞŞÖÜ";

    static final String LOWER = "қазақша әғңөұүһі ўзбек ҷӯҳ çğşöü";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            problem(context.getConnection()).ifPresent(p -> {
                throw new FlywayException(p);
            });
        } catch (SQLException e) {
            throw new FlywayException("Could not check the database's encoding and locale: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "pikir-database-locale";
    }

    /** Why this database cannot hold Pikir's text, or empty when it can. */
    static Optional<String> problem(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select pg_encoding_to_char(d.encoding), d.datcollate, d.datctype,"
                        + " current_database(), lower('" + UPPER + "') = '" + LOWER + "'"
                        + " from pg_database d where d.datname = current_database()")) {
            rs.next();
            String encoding = rs.getString(1);
            String ctype = rs.getString(3);
            String database = rs.getString(4);
            if (!"UTF8".equals(encoding)) {
                return Optional.of(("Database %s has encoding %s; Pikir needs UTF8. Create it with"
                                + " CREATE DATABASE %s ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
                                + " TEMPLATE template0 (or any UTF-8 locale, or the ICU provider).")
                        .formatted(database, encoding, database));
            }
            if (!rs.getBoolean(5)) {
                return Optional.of(("Database %s lower-cases only ASCII (LC_CTYPE %s), so Kazakh and Russian text"
                                + " would not be found or de-duplicated case-insensitively. Create it with a UTF-8"
                                + " locale: CREATE DATABASE %s ENCODING 'UTF8' LC_COLLATE 'C.UTF-8'"
                                + " LC_CTYPE 'C.UTF-8' TEMPLATE template0 (or the ICU provider), then restore a"
                                + " dump into it. The embedded database: stop Pikir, move data/postgres away and"
                                + " restore a pg_dump of it into the new one, or start with empty data.")
                        .formatted(database, ctype, database));
            }
            LOG.debug("database {}: encoding {}, ctype {}", database, encoding, ctype);
            return Optional.empty();
        }
    }
}
