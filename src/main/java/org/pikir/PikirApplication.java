package org.pikir;

import org.pikir.analysis.cli.AnalysisCli;
import org.pikir.search.SearchService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
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
        if (args.length > 0 && args[0].equals("reindex")) {
            System.exit(reindex(args));
        }
        SpringApplication.run(PikirApplication.class, args);
    }

    /** {@code reindex}: rebuilds the search index from the database without starting the web server. */
    private static int reindex(String[] args) {
        SpringApplication app = new SpringApplication(PikirApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run(java.util.Arrays.copyOfRange(args, 1, args.length))) {
            long n = context.getBean(SearchService.class).rebuildIndex();
            System.out.println("search index rebuilt: " + n + " documents");
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
