// Neo4jRunner: a local Neo4j 5.26 LTS Community (embedded) with Bolt on 127.0.0.1.
//
// Dev/test tool only (used by scripts/neo4j). Not part of the Go build.
//
// Usage:  java <jvm flags> -cp 'target/classes:target/dependency/*' Neo4jRunner <home-dir>
// Env:    NEO4J_BOLT_PORT       Bolt port on 127.0.0.1 (default 7687)
//         NEO4J_PAGECACHE_MB    page cache size in MiB (default 128)
//
// Prints exactly one line "NEO4J_READY bolt://127.0.0.1:<port>" on stdout once the
// default database ("neo4j") is available. Everything else goes to stderr. On failure
// it prints "NEO4J_FAILED <reason>" on stderr and exits 1. SIGTERM (and Ctrl-C when run in
// the foreground) runs a shutdown hook that stops the DBMS cleanly, so the next start on the
// same home reuses the store without recovery.
//
// Configuration (Neo4j 5.26 config keys in brackets):
//   Bolt enabled, 127.0.0.1:<port>, TLS DISABLED   [server.bolt.*]
//   HTTP and HTTPS connectors off                  [server.http(s).enabled]
//   auth off                                       [dbms.security.auth_enabled]
//   page cache 128 MiB                             [server.memory.pagecache.size]
//   tx-log / store-file preallocation off          [db.tx_log.preallocate, db.store.files.preallocate]
//   tx-log rotation 16 MiB, keep 1 file            [db.tx_log.rotation.size / .retention_policy]
//   usage report off                               [dbms.usage_report.enabled]
//   debug.log under <home>/logs, rotated at 10 MiB, 2 files kept
//                                                  [server.logs.config = <home>/conf/server-logs.xml,
//                                                   written on first start if missing]
//   Bolt/Netty shutdown quiet period 0 s           [internal.dbms.bolt.netty_server_shutdown_*]

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class Neo4jRunner {

    private static final long AVAILABLE_TIMEOUT_MS = 150_000;

    // Debug log with a small rotation. Same structure as the stock default-server-logs.xml
    // in neo4j-logging (which rotates at 20 MB and keeps 7 files); query/security logging
    // is Enterprise-only, so only the debug log is configured.
    private static final String SERVER_LOGS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Written by Neo4jRunner (tools/neo4j-embedded). Small rotation for dev/CI. -->
            <Configuration status="ERROR">
              <Appenders>
                <RollingRandomAccessFile name="DebugLog" fileName="${config:server.directories.logs}/debug.log"
                                         filePattern="$${config:server.directories.logs}/debug.log.%02i">
                  <Neo4jDebugLogLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p [%c{1.}] %m%n"/>
                  <Policies>
                    <SizeBasedTriggeringPolicy size="10 MB"/>
                  </Policies>
                  <DefaultRolloverStrategy fileIndex="min" max="2"/>
                </RollingRandomAccessFile>
              </Appenders>
              <Loggers>
                <Root level="INFO">
                  <AppenderRef ref="DebugLog"/>
                </Root>
              </Loggers>
            </Configuration>
            """;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Neo4jRunner <home-dir>   (env NEO4J_BOLT_PORT, default 7687)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        int port = intEnv("NEO4J_BOLT_PORT", 7687);
        long pageCacheMb = intEnv("NEO4J_PAGECACHE_MB", 128);

        DatabaseManagementService dbms;
        try {
            Path logsXml = home.resolve("conf").resolve("server-logs.xml");
            Files.createDirectories(logsXml.getParent());
            if (!Files.exists(logsXml)) {
                Files.writeString(logsXml, SERVER_LOGS_XML);
            }

            SocketAddress bolt = new SocketAddress("127.0.0.1", port);
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(BoltConnector.advertised_address, bolt)
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.server_logging_config_path, logsXml)
                    // Internal (unsupported) knobs: Netty's graceful-shutdown quiet period is
                    // 5 s per event loop group by default, which made SIGTERM take ~12 s. The
                    // databases are checkpointed before Bolt is torn down, so 0 s is safe.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .build();
        } catch (Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            fail("could not start the DBMS: " + root, t);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean shuttingDown = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (shuttingDown.compareAndSet(false, true)) {
                System.err.println("Neo4jRunner: shutting down");
                try {
                    dbms.shutdown();
                    System.err.println("Neo4jRunner: stopped cleanly");
                } catch (Throwable t) {
                    System.err.println("Neo4jRunner: error during shutdown: " + t);
                }
            }
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(AVAILABLE_TIMEOUT_MS)) {
            System.err.println("NEO4J_FAILED database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                    + "' not available after " + AVAILABLE_TIMEOUT_MS / 1000 + " s (see "
                    + home.resolve("logs/debug.log") + ")");
            System.err.flush();
            System.exit(1); // runs the shutdown hook: stop the DBMS cleanly
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        try {
            stopped.await(); // until SIGTERM runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int intEnv(String name, int dflt) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            fail(name + " is not an integer: '" + v + "'", null);
            return dflt; // unreachable
        }
    }

    private static void fail(String msg, Throwable t) {
        System.err.println("NEO4J_FAILED " + msg);
        if (t != null) {
            t.printStackTrace();
        }
        System.err.flush();
        // halt, not exit: used before the DBMS is up (no shutdown hook yet); a half-started
        // DBMS may leave non-daemon threads behind. The store lock is released by the OS.
        Runtime.getRuntime().halt(1);
    }

    private Neo4jRunner() {}
}
