package org.pikir.search;

import java.io.PrintStream;
import org.pikir.shared.security.RunAs;
import org.springframework.stereotype.Component;

/**
 * The {@code reindex} command ({@code java -jar pikir.jar reindex}): rebuilds the search index from the database
 * and reports the number of documents. Run it with the web server stopped: the index directory takes one writer.
 */
@Component
public class ReindexCommand {

    public static final String NAME = "reindex";

    private final SearchService search;

    ReindexCommand(SearchService search) {
        this.search = search;
    }

    /** Whether the command line asks for this command. */
    public static boolean handles(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the rebuild as the system (there is no signed-in person on a command line); returns the exit code. */
    public int run(PrintStream out, PrintStream err) {
        try {
            long documents = RunAs.as(RunAs.system("ADMIN"), search::rebuildIndex);
            out.println("search index rebuilt: " + documents + " documents");
            return 0;
        } catch (RuntimeException e) {
            err.println("search index rebuild failed: " + e);
            return 1;
        }
    }
}
