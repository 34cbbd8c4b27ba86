package org.pikir;

import org.pikir.analysis.cli.AnalysisCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the Pikir portal. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class PikirApplication {

    public static void main(String[] args) {
        // Analyst commands (langid, analyze) run without the web server or a database.
        if (AnalysisCli.handles(args)) {
            System.exit(AnalysisCli.run(args, System.in, System.out, System.err));
        }
        SpringApplication.run(PikirApplication.class, args);
    }
}
