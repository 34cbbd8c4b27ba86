package org.pikir;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.pikir.analysis.cli.AnalysisCli;
import org.pikir.search.ReindexCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
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
        if (ReindexCommand.handles(args)) {
            System.exit(reindex(args, System.out, System.err));
        }
        SpringApplication.run(PikirApplication.class, args);
    }

    /**
     * {@code reindex [--spring.property=value …]}: rebuilds the search index from the database without the web
     * server; returns the exit code.
     */
    static int reindex(String[] args, PrintStream out, PrintStream err) {
        SpringApplication app = new SpringApplication(PikirApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        // The command rebuilds itself; the start-up rebuild in the background would only compete with it.
        String[] springArgs = Stream.concat(
                        Arrays.stream(args, 1, args.length), Stream.of("--pikir.search.rebuild-on-start=false"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = app.run(springArgs)) {
            return context.getBean(ReindexCommand.class).run(out, err);
        }
    }
}
