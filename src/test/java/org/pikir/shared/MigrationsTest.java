package org.pikir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema is built by Flyway from scratch on a fresh PostgreSQL, and Hibernate validates against it. */
@IntegrationTest
class MigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliedSuccessfullyOnAFreshDatabase() {
        var applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(Arrays.stream(applied).map(m -> m.getState())).allMatch(s -> s == MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void referenceDataHasTheFiveCountriesWithRules() {
        assertThat(jdbc.queryForList("select code from country order by sort_order", String.class))
                .containsExactly("KZ", "UZ", "KG", "TJ", "TM");
        assertThat(jdbc.queryForObject("select count(*) from country_rules", Integer.class))
                .isEqualTo(5);
    }
}
