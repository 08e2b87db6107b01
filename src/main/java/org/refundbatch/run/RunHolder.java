package org.refundbatch.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The process that holds the run lock: its host, pid and start time, enough to tell from the same host
 * whether it is still alive.
 */
public record RunHolder(String claimId, String host, long pid, String processStart, LocalDate runDate,
                 LocalDateTime claimedAt) {

    /** This process, claiming the lock for a run, now. */
    static RunHolder thisProcess(LocalDate runDate) {
        ProcessHandle self = ProcessHandle.current();
        return new RunHolder(UUID.randomUUID().toString(), thisHost(), self.pid(), startOf(self).orElse(null),
                runDate, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * True when the holder ran on this host and its process is gone (killed, crashed) or its pid now belongs
     * to another process. A holder on another host is never judged gone: this host cannot see it.
     */
    boolean isGoneFromThisHost() {
        if (!thisHost().equals(host)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        Optional<String> started = startOf(process.get());
        return processStart != null && started.isPresent() && !processStart.equals(started.get());
    }

    /** True when the holder is this very process (another thread of it holds the lock). */
    boolean isThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return thisHost().equals(host) && pid == self.pid()
                && (processStart == null || processStart.equals(startOf(self).orElse(null)));
    }

    String describe() {
        return "the run of " + runDate + " by pid " + pid + " on " + host + ", since " + claimedAt;
    }

    private static Optional<String> startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString);
    }

    public static String thisHost() {
        String name = System.getenv("HOSTNAME");
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
