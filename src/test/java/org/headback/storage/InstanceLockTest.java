package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path dataDir;

    @Test
    void secondLock_onTheSameFolder_isRefused_untilTheFirstIsReleased() {
        var first = InstanceLock.tryAcquire(dataDir);
        assertThat(first).isPresent();
        assertThat(InstanceLock.tryAcquire(dataDir)).isEmpty();
        first.get().close();
        try (var again = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertThat(Files.exists(dataDir.resolve(InstanceLock.FILE_NAME))).isTrue();
        }
    }

    @Test
    void lockOfAKilledProcess_doesNotBlockTheNextStart() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dataDir.toString())).redirectErrorStream(true).start();
        try {
            var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("locked");
            assertThat(InstanceLock.tryAcquire(dataDir)).as("held by the child").isEmpty();
            // SIGKILL: the child gets no chance to clean up; its lock file stays behind.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.exists(dataDir.resolve(InstanceLock.FILE_NAME))).isTrue();
            try (var lock = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
                assertThat(lock).isNotNull();
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void theReminder_seesAWindowOpenInAnotherProgram_withoutMakingAnyFile() throws Exception {
        assertThat(InstanceLock.windowOpen(dataDir)).isFalse();
        assertThat(InstanceLock.reminderWaiting(dataDir)).isFalse();
        try (var listing = Files.list(dataDir)) {
            assertThat(listing).isEmpty();
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dataDir.toString())).redirectErrorStream(true).start();
        try {
            var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("locked");
            assertThat(InstanceLock.windowOpen(dataDir)).isTrue();
            assertThat(InstanceLock.reminderWaiting(dataDir)).isFalse();
            assertThat(InstanceLock.tryAcquire(dataDir)).as("still held by the child after the look").isEmpty();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(InstanceLock.windowOpen(dataDir)).isFalse();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void oneReminderWaits_perDataFolder_besideTheWindow() {
        try (var window = InstanceLock.tryAcquire(dataDir).orElseThrow();
             var reminder = InstanceLock.tryAcquireForReminder(dataDir).orElseThrow()) {
            assertThat(InstanceLock.tryAcquireForReminder(dataDir)).isEmpty();
            assertThat(Files.exists(dataDir.resolve(InstanceLock.REMINDER_FILE_NAME))).isTrue();
        }
    }

    @Test
    void theReminder_asksTheOpenWindowForToday() throws Exception {
        var asked = new LinkedBlockingQueue<FrontRequests.Request>();
        try (var requests = FrontRequests.watchRequests(dataDir, asked::add)) {
            FrontRequests.send(dataDir, FrontRequests.Request.TODAY);
            assertThat(asked.poll(20, TimeUnit.SECONDS)).isEqualTo(FrontRequests.Request.TODAY);
            FrontRequests.send(dataDir);
            assertThat(asked.poll(20, TimeUnit.SECONDS)).isEqualTo(FrontRequests.Request.FRONT);
        }
        assertThat(FrontRequests.Request.read("2026-12-02T15:00:00Z")).as("an older HeadBack's request")
                .isEqualTo(FrontRequests.Request.FRONT);
    }

    @Test
    void secondStart_asksTheOpenWindowToComeToTheFront() throws Exception {
        var asked = new CountDownLatch(1);
        try (var requests = FrontRequests.watch(dataDir, asked::countDown)) {
            FrontRequests.send(dataDir);
            assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(dataDir.resolve(FrontRequests.FILE_NAME))).isFalse();
    }
}
