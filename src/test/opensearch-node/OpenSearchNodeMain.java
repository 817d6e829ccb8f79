import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A single OpenSearch node for Tilmash's tests, run in a JVM of its own (its Lucene is not ours) by the Java
 * launcher straight from this source file, with Maven Central's OpenSearch jars on the class path: the engine with
 * the Netty4 HTTP transport, the common analysis and the reindex modules, as OpenSearch's own test framework starts a node
 * (MockNode). Arguments: home directory, HTTP port, transport port. It stops when its standard input closes, so it
 * never outlives the test JVM that started it.
 */
public class OpenSearchNodeMain {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "tilmash-test")
                .put("node.name", "tilmash-test-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2])
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        LogConfigurator.configureWithoutConfig(settings);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "tilmash-test-node");
        TestNode node = new TestNode(environment);
        node.start();
        System.out.println("OpenSearch node started on port " + args[1]);
        CountDownLatch stdinClosed = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing to read: the test JVM only ever closes it
                }
            } catch (java.io.IOException ignored) {
                // closed
            }
            stdinClosed.countDown();
        });
        watcher.setDaemon(true);
        watcher.start();
        stdinClosed.await();
        node.close();
        System.exit(0);
    }

    private static PluginInfo plugin(Class<?> type) {
        return new PluginInfo(type.getName(), "classpath plugin", "NA", Version.CURRENT, "21", type.getName(), null, List.of(), false);
    }

    static final class TestNode extends Node {
        TestNode(Environment environment) {
            super(
                    environment,
                    List.of(
                            plugin(Netty4ModulePlugin.class),
                            plugin(CommonAnalysisModulePlugin.class),
                            plugin(ReindexModulePlugin.class)),
                    true);
        }
    }
}
