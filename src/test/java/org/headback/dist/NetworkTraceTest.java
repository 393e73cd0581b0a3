package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTraceTest {
    /** What Java 17 and 25 print when their network library starts (taken from a real trace of HeadBack). */
    private static final List<String> PROBE = List.of("21767 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 19",
            "21767 socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = 19",
            "21767 socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = 19",
            "21767 setsockopt(19, SOL_SOCKET, SO_REUSEPORT, [1], 4) = 0");
    private static final List<String> X_SERVER = List.of(
            "21788 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 21",
            "21788 connect(21, {sa_family=AF_UNIX, sun_path=@\"/tmp/.X11-unix/X99\"}, 20) = 0",
            "21788 recvmsg(21, {msg_namelen=0}, 0)   = -1 EAGAIN (Resource temporarily unavailable)");

    private static List<String> with(List<String> first, String... more) {
        var lines = new ArrayList<>(first);
        lines.addAll(List.of(more));
        return lines;
    }

    @Test
    void javasProbeAndTheXServer_areNoInternetUse() {
        var trace = new NetworkTrace(with(PROBE, X_SERVER.toArray(String[]::new)));

        assertThat(trace.internetUse()).isEmpty();
        assertThat(trace.internetSockets()).isEqualTo(3);
        assertThat(trace.families()).containsExactly("AF_INET", "AF_INET6", "AF_UNIX");
        assertThat(trace.calls()).isEqualTo(7);
    }

    @Test
    void aConnectToAnInternetAddress_isUse() {
        var connect = "21767 connect(19, {sa_family=AF_INET, sin_port=htons(443), "
                + "sin_addr=inet_addr(\"93.184.216.34\")}, 16) = -1 EINPROGRESS";

        assertThat(new NetworkTrace(with(PROBE, connect)).internetUse()).containsExactly(connect);
    }

    @Test
    void aSendToAnIpv6Address_isUse() {
        var send = "21767 sendto(19, \"x\", 1, 0, {sa_family=AF_INET6, sin6_port=htons(53)}, 28) = 1";

        assertThat(new NetworkTrace(List.of(send)).internetUse()).containsExactly(send);
    }

    @Test
    void listeningOnAnInternetSocket_isUse_evenWithoutAnAddressShown() {
        assertThat(new NetworkTrace(with(PROBE, "21767 listen(19, 50) = 0")).internetUse())
                .containsExactly("21767 listen(19, 50) = 0");
    }

    @Test
    void aLaterLocalSocketOnTheSameNumber_isNotTakenForAnInternetOne() {
        var lines = with(PROBE, "21790 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 19",
                "21790 listen(19, 1) = 0");

        assertThat(new NetworkTrace(lines).internetUse()).isEmpty();
    }
}
