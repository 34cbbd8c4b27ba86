package org.pikir.analysis.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data/eval (read-only, measurement only; never copied into the repository). */
final class EvalData {

    private EvalData() {}

    static Path dir() {
        return Path.of(System.getProperty("pikir.eval.dir", "../shared/data/eval"));
    }

    /** True if present; otherwise prints why the benchmark skips. */
    static boolean available(String what) {
        if (Files.isDirectory(dir())) {
            return true;
        }
        System.out.println("SKIPPED " + what + ": evaluation data not found at " + dir().toAbsolutePath());
        return false;
    }
}
