package org.pikir.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real OpenSearch node per test JVM, as a child JVM: OpenSearch 3 runs on Lucene 10, our Lucene backend on Lucene
 * 9, so they cannot share a class path. Its class path and launcher are built by src/test/opensearch-node (the
 * {@code opensearch} Maven profile does that before the tests); data lives under target/ and is wiped per run. The
 * node ends when this JVM does (it stops when its standard input closes), also after a crash.
 */
public final class OpenSearchTestNode {

    private static final Path HOME = Path.of("target", "opensearch-node");
    private static OpenSearchTestNode started;

    private final Process process;
    private final String url;
    private final long startMillis;

    private OpenSearchTestNode(Process process, String url, long startMillis) {
        this.process = process;
        this.url = url;
        this.startMillis = startMillis;
    }

    /** The node, started on first use. */
    public static synchronized OpenSearchTestNode get() {
        if (started == null) {
            started = start();
        }
        return started;
    }

    /**
     * Points a test's application context at the node, with indexes of its own ({@code @ContextConfiguration}
     * initializer: the same one on every OpenSearch test class, so they share one cached context).
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("pikir.search.url=" + get().url(), "pikir.search.index-prefix=it-")
                    .applyTo(context);
        }
    }

    public String url() {
        return url;
    }

    /** Milliseconds from launching the child JVM to its HTTP port answering with a yellow cluster. */
    public long startMillis() {
        return startMillis;
    }

    private static OpenSearchTestNode start() {
        try {
            Path classpathFile = HOME.resolve("classpath.txt");
            if (!Files.exists(classpathFile)) {
                throw new IllegalStateException(classpathFile.toAbsolutePath()
                        + " is missing: run the OpenSearch tests with ./mvnw -Popensearch verify");
            }
            String classpath = HOME.resolve("classes").toAbsolutePath()
                    + java.io.File.pathSeparator
                    + Files.readString(classpathFile).strip();
            Path data = HOME.resolve("node-" + ProcessHandle.current().pid()).toAbsolutePath();
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long begin = System.nanoTime();
            Process p = new ProcessBuilder(List.of(
                            java,
                            "-Xms512m",
                            "-Xmx512m",
                            "--enable-native-access=ALL-UNNAMED",
                            "-cp",
                            classpath,
                            "org.pikir.opensearchnode.OpenSearchTestNode",
                            data.toString()))
                    .redirectErrorStream(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(p)));
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Path log = HOME.resolve("node-" + ProcessHandle.current().pid() + ".log");
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith("OPENSEARCH_HTTP_PORT=")) {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
                    drainTo(out, log);
                    String url = "http://127.0.0.1:"
                            + line.substring(line.indexOf('=') + 1).strip();
                    System.out.println("OpenSearch test node at " + url + " started in " + millis + " ms");
                    return new OpenSearchTestNode(p, url, millis);
                }
            }
            throw new IllegalStateException("OpenSearch test node exited before it listened:\n" + seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps reading the node's output into a log file, so a full pipe never blocks it. */
    private static void drainTo(BufferedReader out, Path log) {
        Thread t = new Thread(
                () -> {
                    try (var w = Files.newBufferedWriter(log)) {
                        String line;
                        while ((line = out.readLine()) != null) {
                            w.write(line);
                            w.newLine();
                        }
                    } catch (IOException e) {
                        // the node is gone
                    }
                },
                "opensearch-node-log");
        t.setDaemon(true);
        t.start();
    }

    private static void stop(Process p) {
        try {
            p.getOutputStream().close();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            p.destroyForcibly();
        }
    }
}
