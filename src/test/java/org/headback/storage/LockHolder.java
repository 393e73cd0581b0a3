package org.headback.storage;

import java.nio.file.Path;

/** A child process for InstanceLockTest: takes the lock on a data folder, says so, and waits to be killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        var lock = InstanceLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock.isPresent() ? "locked" : "busy");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
