package org.headback.dist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an {@code strace -f -e trace=network} log says about the internet. Java itself opens an internet socket and
 * closes it again when its network library starts, only to learn whether the system has IPv6 and SO_REUSEPORT (the
 * command-line parser loads {@code java.net.NetworkInterface}); such a probe has no address, so it can reach
 * nothing. Use is what can: any call with an internet address ({@code sa_family=AF_INET} or {@code AF_INET6}: a
 * connect, bind, send or receive), and a listen, connect or accept on an internet socket.
 */
final class NetworkTrace {
    private static final Pattern INTERNET_SOCKET =
            Pattern.compile("^(\\d+)\\s+socket\\(AF_INET6?,.*\\)\\s*=\\s*(\\d+)");
    private static final Pattern OTHER_SOCKET =
            Pattern.compile("^(\\d+)\\s+(?:socket|socketpair|accept4?)\\(.*=\\s*(\\d+)");
    private static final Pattern INTERNET_ADDRESS = Pattern.compile("sa_family=AF_INET6?\\b");
    private static final Pattern ON_A_SOCKET = Pattern.compile("^\\d+\\s+(?:listen|connect|accept4?)\\((\\d+)[,)]");
    private static final Pattern CALL = Pattern.compile("^\\d+\\s+\\w+\\(");
    private static final Pattern FAMILY = Pattern.compile("AF_[A-Z0-9]+");

    private final List<String> lines;

    NetworkTrace(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The lines that use the internet; none for a program that stays off it. */
    List<String> internetUse() {
        var use = new ArrayList<String>();
        Set<String> internetSockets = new HashSet<>();
        for (var line : lines) {
            var created = INTERNET_SOCKET.matcher(line);
            var other = OTHER_SOCKET.matcher(line);
            var onSocket = ON_A_SOCKET.matcher(line);
            if (INTERNET_ADDRESS.matcher(line).find()
                    || onSocket.find() && internetSockets.contains(onSocket.group(1))) {
                use.add(line);
            }
            if (created.find()) {
                internetSockets.add(created.group(2));
            } else if (other.find()) {
                internetSockets.remove(other.group(2));
            }
        }
        return use;
    }

    /** How many internet sockets were opened (and, if {@link #internetUse} is empty, never used). */
    long internetSockets() {
        return lines.stream().filter(line -> INTERNET_SOCKET.matcher(line).find()).count();
    }

    long calls() {
        return lines.stream().filter(line -> CALL.matcher(line).find()).count();
    }

    /** The socket families the log names, such as AF_UNIX. */
    Set<String> families() {
        var families = new TreeSet<String>();
        lines.forEach(line -> FAMILY.matcher(line).results().forEach(match -> families.add(match.group())));
        return families;
    }
}
