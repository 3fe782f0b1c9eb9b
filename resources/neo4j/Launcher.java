// Careweave's local database: Neo4j Community run embedded in its own JVM.
//
//   java -Xmx512m --add-opens=... -cp "launcher.jar:lib/..." Launcher \
//        --port N --data-dir DIR --password-file FILE [--page-cache 64m]
//
// setup.mjs compiles it into launcher.jar; without a JDK the app runs this file through Java's
// single-file source launch instead. The caller owns the JVM flags (heap, GC, --add-opens,
// class-data sharing): see main/database/localNeo4j.ts.
// Contract with the parent process (main/database/localNeo4j.ts):
//   - stdout carries exactly one line, "CAREWEAVE_NEO4J_READY bolt://127.0.0.1:PORT", once Bolt
//     accepts connections; everything else goes to stderr or DIR/logs. Nothing but Bolt is
//     waited for before that line.
//   - the password comes from a file so it never shows in `ps`. It is set on the `neo4j` user
//     only when the database is new or the password differs from the last one set (recorded as
//     a digest in DIR/neo4j-password.applied): the command costs seconds of every start.
//   - it stops cleanly on SIGTERM, on a "shutdown" line on stdin, or when stdin reaches EOF
//     (Windows has no SIGTERM, and a parent that crashes closes our stdin, so no orphan survives).
//   - exit codes: 0 clean stop, 1 start failure, 2 bad arguments, 3 data dir locked by another process.

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {
    static final String READY_MARKER = "CAREWEAVE_NEO4J_READY";
    static final String LOCKED_MARKER = "CAREWEAVE_NEO4J_LOCKED";
    static final int EXIT_START_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_LOCKED = 3;
    static final String PASSWORD_APPLIED_FILE = "neo4j-password.applied";

    // Guards start-up and shutdown against each other: a shutdown requested mid-start waits for
    // the start to finish, then stops the database instead of tearing the JVM down under it.
    static final Object LIFECYCLE = new Object();
    static DatabaseManagementService dbms;
    static boolean stopping;

    @SuppressWarnings("removal") // tx_state_memory_allocation: still honoured by 5.26
    public static void main(String[] args) throws Exception {
        // Claim the real stdout for the ready line alone; any library that prints to System.out
        // lands on stderr instead of confusing the parent's parser.
        PrintStream protocolOut = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Map<String, String> options = parseArgs(args);
        String portText = options.get("port");
        String dataDirText = options.get("data-dir");
        String passwordFileText = options.get("password-file");
        if (portText == null || dataDirText == null || passwordFileText == null) {
            System.err.println("usage: Launcher --port N --data-dir DIR --password-file FILE [--page-cache 64m]");
            System.exit(EXIT_USAGE);
        }
        int port = Integer.parseInt(portText);
        Path home = Path.of(dataDirText).toAbsolutePath();
        String password = readPassword(Path.of(passwordFileText));
        long pageCache = parseBytes(options.getOrDefault("page-cache", "64m"));

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "careweave-shutdown"));
        watchStdin();

        String boltUrl = "bolt://127.0.0.1:" + port;
        Path appliedFile = home.resolve(PASSWORD_APPLIED_FILE);
        // Checked before Neo4j starts: a system database created by this start has the default password.
        boolean systemDatabaseExisted = Files.isDirectory(home.resolve("data").resolve("databases").resolve("system"));
        synchronized (LIFECYCLE) {
            if (stopping) return;
            try {
                dbms = new DatabaseManagementServiceBuilder(home)
                        .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                        .setConfig(HttpConnector.enabled, false)
                        .setConfig(HttpsConnector.enabled, false)
                        .setConfig(GraphDatabaseSettings.auth_enabled, true)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                        .setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
                                GraphDatabaseSettings.TransactionStateMemoryAllocation.ON_HEAP)
                        .setConfig(GraphDatabaseSettings.udc_enabled, false)
                        // Netty waits 5 s of quiet per event loop group before Bolt stops; the
                        // app closes its driver first, so that wait only delays quitting.
                        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                        .build();
                GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
                    throw new IllegalStateException("the default database did not become available");
                }
                String digest = sha256(password);
                if (!systemDatabaseExisted || !digest.equals(readOrEmpty(appliedFile))) {
                    setPassword(password);
                    Files.writeString(appliedFile, digest + "\n", StandardCharsets.UTF_8);
                }
                waitForBolt(port, Duration.ofSeconds(30));
            } catch (Throwable e) {
                if (isLockFailure(e)) {
                    System.err.println(LOCKED_MARKER + " " + home + " is in use by another Neo4j process");
                    e.printStackTrace();
                    halt(EXIT_LOCKED);
                }
                System.err.println("Neo4j failed to start: " + e);
                e.printStackTrace();
                halt(EXIT_START_FAILED);
            }
        }
        protocolOut.println(READY_MARKER + " " + boltUrl);
        // main returns; Neo4j's non-daemon threads keep the JVM alive until stop().
    }

    static void stop() {
        synchronized (LIFECYCLE) {
            stopping = true;
            if (dbms == null) return;
            try {
                dbms.shutdown();
            } catch (Throwable e) {
                System.err.println("Neo4j shutdown failed: " + e);
            }
            dbms = null;
        }
    }

    // Shut down the half-built database (releasing its store lock) and exit with a code the
    // parent can read, without waiting on the shutdown hook that needs the lock we hold.
    static void halt(int code) {
        if (dbms != null) {
            try {
                dbms.shutdown();
            } catch (Throwable ignored) {
                // Already failing; the exit code carries the outcome.
            }
            dbms = null;
        }
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.trim().equalsIgnoreCase("shutdown")) break;
                }
            } catch (Exception e) {
                // A broken stdin means the parent is gone: same as EOF.
            }
            System.exit(0);
        }, "careweave-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    static void setPassword(String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // A restart that reuses the previous password is fine; anything else is not.
            if (!messageChain(e).contains("old password and new password cannot be the same")) throw e;
        }
    }

    static void waitForBolt(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt is not accepting connections on port " + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")) return true;
        }
        return messageChain(e).contains("lock file has been locked by another process");
    }

    static String messageChain(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    static String readOrEmpty(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    static String readPassword(Path file) throws java.io.IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            System.err.println("the password file " + file + " is empty");
            System.exit(EXIT_USAGE);
        }
        return password;
    }

    static long parseBytes(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = value.charAt(value.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            value = value.substring(0, value.length() - 1);
        }
        return Long.parseLong(value) * unit;
    }

    static Map<String, String> parseArgs(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("unexpected argument: " + args[i]);
                System.exit(EXIT_USAGE);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
