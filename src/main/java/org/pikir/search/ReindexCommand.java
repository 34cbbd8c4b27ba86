package org.pikir.search;

import java.io.PrintStream;
import org.pikir.shared.security.RunAs;
import org.springframework.stereotype.Component;

/**
 * The {@code reindex} command ({@code java -jar pikir.jar reindex}): rebuilds the search index from the database
 * and reports the number of documents. With the local Lucene index run it with the web server stopped (the index
 * directory takes one writer); with OpenSearch ({@code PIKIR_SEARCH_URL}) it may run while the nodes serve: it waits
 * for a rebuild running on any of them, and their updates wait for it (the index lock in PostgreSQL).
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
