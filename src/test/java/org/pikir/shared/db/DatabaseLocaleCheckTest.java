package org.pikir.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The start-up check against real databases created the ways a stranger's machine would create them. */
@IntegrationTest
class DatabaseLocaleCheckTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseTheApplicationRunsOnPasses() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(DatabaseLocaleCheck.problem(c)).isEmpty();
        }
    }

    @Test
    void aDatabaseInThePosixLocaleIsRefusedWithWhatToDo() throws SQLException {
        String name = "pikir_posix_" + System.nanoTime();
        assumeTrue(create(name, "UTF8", "C"), "this database user may not create databases");
        try (Connection c = connect(name)) {
            assertThat(DatabaseLocaleCheck.problem(c))
                    .hasValueSatisfying(p -> assertThat(p)
                            .contains(name)
                            .contains("lower-cases only ASCII")
                            .contains("LC_CTYPE 'C.UTF-8'"));
        } finally {
            jdbc.execute("drop database if exists " + name);
        }
    }

    @Test
    void aDatabaseThatIsNotUtf8IsRefused() throws SQLException {
        String name = "pikir_ascii_" + System.nanoTime();
        assumeTrue(create(name, "SQL_ASCII", "C"), "this database user may not create databases");
        try (Connection c = connect(name)) {
            assertThat(DatabaseLocaleCheck.problem(c))
                    .hasValueSatisfying(
                            p -> assertThat(p).contains("encoding SQL_ASCII").contains("UTF8"));
        } finally {
            jdbc.execute("drop database if exists " + name);
        }
    }

    private boolean create(String name, String encoding, String locale) {
        try {
            jdbc.execute("create database " + name + " template template0 encoding '" + encoding + "' lc_collate '"
                    + locale + "' lc_ctype '" + locale + "'");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Connection connect(String database) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            String user = c.getMetaData().getUserName();
            String other = url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
            return DriverManager.getConnection(other, user, null);
        }
    }
}
