package org.pikir.shared;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test beans shared by every integration test: a settable clock and a clean schema on external servers. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** An in-process SMTP server on a free port; every mail the app sends lands here. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    com.icegreen.greenmail.util.GreenMail greenMail() {
        return new com.icegreen.greenmail.util.GreenMail(
                com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    @Primary
    org.springframework.mail.javamail.JavaMailSender testMailSender(com.icegreen.greenmail.util.GreenMail greenMail) {
        var sender = new org.springframework.mail.javamail.JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate(org.springframework.core.env.Environment env) {
        return flyway -> {
            String external = env.getProperty("spring.datasource.url");
            if (external != null && !external.isBlank()) {
                // An external test server keeps data between runs: start each run from an empty schema.
                org.flywaydb.core.Flyway.configure()
                        .configuration(flyway.getConfiguration())
                        .cleanDisabled(false)
                        .load()
                        .clean();
            }
            flyway.migrate();
        };
    }
}
