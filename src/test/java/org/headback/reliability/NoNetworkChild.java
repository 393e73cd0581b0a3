package org.headback.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.NetPermission;
import java.net.Socket;
import java.net.SocketPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.headback.Launcher;
import org.headback.cli.Cli;
import org.headback.storage.Backups;
import org.headback.ui.GuiLauncher;

/**
 * A child process for {@link NoNetworkTest}. It installs a security manager that refuses, and records, every
 * attempt to use the network: to connect, listen, accept or look up a host name ({@link SocketPermission}, which
 * classic and NIO sockets, datagrams and HTTP all ask for), and to use a local socket ({@code NetPermission
 * "accessUnixDomainSocket"}). Then it runs HeadBack's main flows and prints what was attempted.
 *
 * <ul>
 *   <li>{@code cli DIR FILES...}: command lines, each given as one argument with its words separated by tabs;
 *       prints {@code exit N: COMMAND} for each.</li>
 *   <li>{@code window DIR}: opens the window, waits until its start-up work is done (the daily backup is the last
 *       of it), and closes it.</li>
 *   <li>{@code probe}: opens a socket to this machine itself, to show that an attempt is caught.</li>
 *   <li>{@code resolve}: looks up host names without the security manager, as the program's entry point leaves
 *       the JDK set up.</li>
 * </ul>
 */
public final class NoNetworkChild {
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static final List<String> OWN_NAME_LOOKUPS = new CopyOnWriteArrayList<>();
    private static final String OWN_NAME = ownName();

    private NoNetworkChild() {
    }

    /** Allows everything but the network. */
    private static final class NoNetwork extends SecurityManager {
        @Override
        public void checkPermission(Permission permission) {
            boolean network = permission instanceof SocketPermission || permission instanceof NetPermission
                    && permission.getName().equals("accessUnixDomainSocket");
            if (network && isOwnNameLookup(permission)) {
                OWN_NAME_LOOKUPS.add(where());
                throw new SecurityException("HeadBack looks up no host names: " + permission);
            }
            if (network) {
                ATTEMPTS.add(permission.getClass().getSimpleName() + " " + permission.getName() + " "
                        + permission.getActions() + " from " + where());
                throw new SecurityException("HeadBack must not use the network: " + permission);
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }
    }

    /** This machine's name, as the kernel has it (no lookup). */
    private static String ownName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (java.io.IOException e) {
            return String.valueOf(System.getenv("HOSTNAME"));
        }
    }

    /**
     * The JDK itself asks for this machine's own name (its font setup on Linux names a cache file after it). The
     * program's entry point makes such lookups answer from an empty list of hosts, never from the network
     * ({@code resolve} mode shows it); they are counted apart.
     */
    private static boolean isOwnNameLookup(Permission permission) {
        return permission instanceof SocketPermission && permission.getActions().equals("resolve")
                && permission.getName().equals(OWN_NAME);
    }

    /** The first frames outside the JDK's own classes that led to the attempt. */
    private static String where() {
        return StackWalker.getInstance().walk(frames -> frames
                .dropWhile(frame -> !frame.getClassName().startsWith("java.net"))
                .filter(frame -> !frame.getClassName().startsWith("java.net"))
                .limit(3).map(frame -> frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber())
                .toList().toString());
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        // As the program's entry point starts.
        Launcher.resolveNoHostNames();
        if (!args[0].equals("resolve")) {
            System.setSecurityManager(new NoNetwork());
        }
        switch (args[0]) {
            case "cli" -> commandLines(Path.of(args[1]), List.of(args).subList(2, args.length));
            case "window" -> window(Path.of(args[1]));
            case "probe" -> probe();
            case "resolve" -> resolve();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("network attempts: " + ATTEMPTS.size());
        System.out.println("own name lookups: " + OWN_NAME_LOOKUPS.size() + " " + OWN_NAME_LOOKUPS.stream().distinct()
                .toList());
        ATTEMPTS.forEach(attempt -> System.out.println("attempt: " + attempt));
        System.out.flush();
        System.exit(0);
    }

    private static void commandLines(Path dataDir, List<String> commands) {
        for (var command : commands) {
            var args = ("--data-dir\t" + dataDir + "\t" + command).split("\t");
            var err = new StringWriter();
            int code = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err), dir -> { }).run(args);
            System.out.println("exit " + code + ": " + command.replace('\t', ' ') + " " + err.toString().strip());
        }
    }

    private static void window(Path dataDir) throws InterruptedException {
        var backup = dataDir.resolve(Backups.FOLDER).resolve("headback-" + LocalDate.now() + ".db");
        var watcher = new Thread(() -> {
            try {
                for (int waited = 0; !Files.exists(backup) && waited < 120_000; waited += 100) {
                    Thread.sleep(100);
                }
                System.out.println(Files.exists(backup) ? "window started" : "window did not finish starting");
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.exit();
        }, "window-watcher");
        watcher.setDaemon(true);
        watcher.start();
        GuiLauncher.open(dataDir);
        watcher.join();
    }

    /** Looks up a host name and this machine's own, as set up by the program's entry point. */
    private static void resolve() {
        for (var name : List.of("example.org", OWN_NAME)) {
            try {
                System.out.println("resolved?! " + java.net.InetAddress.getByName(name));
            } catch (java.net.UnknownHostException e) {
                System.out.println("not resolved: " + e.getMessage());
            }
        }
    }

    private static void probe() {
        try (var socket = new Socket("127.0.0.1", 9)) {
            System.out.println("connected?! " + socket);
        } catch (Exception e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
