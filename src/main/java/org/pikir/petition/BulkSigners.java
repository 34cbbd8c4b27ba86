package org.pikir.petition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates many verified citizen accounts in one JDBC batch, for demo data and the signature benchmark.
 * Their password is a random secret hashed once (nobody can sign in as them); they are marked
 * {@code verified_by = 'demo-data'}.
 */
@Component
class BulkSigners {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    BulkSigners(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Inserts {@code count} accounts named {@code prefix-N@domain}; returns their ids in order. */
    List<Long> create(String prefix, String domain, String country, int count, Instant now) {
        Timestamp at = Timestamp.from(now);
        String hash = encoder.encode(UUID.randomUUID().toString());
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {prefix + "-" + i + "@" + domain, hash, "Signer " + (i + 1), country, country, at, at
            });
        }
        jdbc.batchUpdate("""
                insert into user_account (email, password_hash, display_name, residence_country, citizenship,
                        preferred_language, verification, verified_at, verified_by, created_at)
                values (?, ?, ?, ?, ?, 'ru', 'VERIFIED', ?, 'demo-data', ?)""", rows);
        List<Long> ids = jdbc.queryForList(
                "select id from user_account where email like ? order by id", Long.class, prefix + "-%@" + domain);
        jdbc.batchUpdate(
                "insert into user_role (user_id, role) values (?, 'CITIZEN')",
                ids.stream().map(id -> new Object[] {id}).toList());
        return ids;
    }
}
