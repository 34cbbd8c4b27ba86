package org.pikir.opensearchnode;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.Version;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A single-node OpenSearch for tests: HTTP (Netty 4) on a free loopback port, data under the given directory.
 * Prints {@code OPENSEARCH_HTTP_PORT=<port>} once the cluster is up, and stops when its standard input closes (the
 * parent test JVM exiting, even by a crash, ends it), so no node outlives the build.
 *
 * <p>Usage: {@code java -cp <classpath.txt> org.pikir.opensearchnode.OpenSearchTestNode <home-dir>}
 */
public final class OpenSearchTestNode {

    private OpenSearchTestNode() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Settings settings = Settings.builder()
                .put("cluster.name", "pikir-test")
                .put("node.name", "pikir-test-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "0")
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // Shared 2-core machines: a full disk must not turn the test index read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        Node node = new ClasspathNode(settings, List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class));
        node.start();
        node.client()
                .admin()
                .cluster()
                .prepareHealth()
                .setWaitForYellowStatus()
                .get(org.opensearch.common.unit.TimeValue.timeValueSeconds(60));
        InetSocketAddress http = node.injector()
                .getInstance(HttpServerTransport.class)
                .boundAddress()
                .publishAddress()
                .address();
        System.out.println("OPENSEARCH_STARTED_MS=" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        System.out.println("OPENSEARCH_HTTP_PORT=" + http.getPort());
        System.out.flush();
        waitForEndOfInput(System.in);
        node.close();
        node.awaitClose(30, TimeUnit.SECONDS);
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the parent writes nothing; only the end of the stream matters
            }
        } catch (IOException e) {
            // the parent is gone
        }
    }

    /** A node whose plugins are classes on the class path instead of installed plugin folders. */
    private static final class ClasspathNode extends Node {

        ClasspathNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
            super(
                    InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "pikir-test-node"),
                    plugins.stream().map(ClasspathNode::info).toList(),
                    true);
        }

        private static PluginInfo info(Class<? extends Plugin> plugin) {
            return new PluginInfo(
                    plugin.getName(),
                    "classpath plugin",
                    "NA",
                    Version.CURRENT,
                    "21",
                    plugin.getName(),
                    null,
                    List.of(),
                    false);
        }
    }
}
