package org.refundbatch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a run's time goes, from a JFR recording: the execution samples split by the step they were taken in
 * (the staging tasklet, the intake chunks, the export tasklet, or elsewhere: start-up and shut-down), and per
 * step the methods most often on top of the stack (self) and anywhere on it (total).
 *
 * <p>Arguments: recording.jfr [top=15]
 */
public final class ProfileSummary {

    private static final Map<String, String> STEP_FRAMES = new LinkedHashMap<>();

    static {
        STEP_FRAMES.put("org.refundbatch.job.ExportTasklet.execute", "exportFiles");
        STEP_FRAMES.put("org.refundbatch.job.StagingTasklet.execute", "stageInbox");
        STEP_FRAMES.put("org.springframework.batch.core.step.item.ChunkOrientedStep.doExecute", "intake");
        STEP_FRAMES.put("org.springframework.batch.core.step.tasklet.TaskletStep.doExecute", "intake");
    }

    private ProfileSummary() {
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, Map<String, Integer>> self = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> total = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byLibrary = new LinkedHashMap<>();
        Map<String, Integer> samples = new LinkedHashMap<>();
        int all = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                }
                if (frames.isEmpty()) {
                    continue;
                }
                String step = step(frames);
                all++;
                samples.merge(step, 1, Integer::sum);
                self.computeIfAbsent(step, s -> new HashMap<>()).merge(frames.get(0), 1, Integer::sum);
                Set<String> seen = new HashSet<>(frames);
                Map<String, Integer> stepTotal = total.computeIfAbsent(step, s -> new HashMap<>());
                for (String frame : seen) {
                    if (!isPlumbing(frame)) {
                        stepTotal.merge(frame, 1, Integer::sum);
                    }
                }
                byLibrary.computeIfAbsent(step, s -> new HashMap<>()).merge(library(frames.get(0)), 1, Integer::sum);
            }
        }
        System.out.printf("%d execution samples%n", all);
        for (Map.Entry<String, Integer> step : samples.entrySet()) {
            int n = step.getValue();
            System.out.printf("%n== %s: %d samples (%.0f%%)%n", step.getKey(), n, 100.0 * n / all);
            print("self, by library", byLibrary.get(step.getKey()), n, 8);
            print("self", self.get(step.getKey()), n, top);
            print("total (without the framework's plumbing)", total.get(step.getKey()), n, top * 2);
        }
    }

    private static String step(List<String> frames) {
        for (String frame : frames) {
            String step = STEP_FRAMES.get(frame);
            if (step != null) {
                return step;
            }
            if (frame.startsWith("org.refundbatch.job.ExportTasklet.")) { // its writers, on their own threads
                return "exportFiles";
            }
        }
        return "other";
    }

    /** Frames every sample of a step has: reflection, proxies, the batch and transaction templates. */
    private static boolean isPlumbing(String frame) {
        return frame.startsWith("java.lang.reflect.") || frame.startsWith("jdk.internal.reflect.")
                || frame.startsWith("org.springframework.aop.") || frame.startsWith("org.springframework.batch.")
                || frame.startsWith("org.springframework.transaction.") || frame.startsWith("org.springframework.boot.")
                || frame.startsWith("org.springframework.beans.") || frame.startsWith("org.springframework.core.task.")
                || frame.contains("$$") || frame.startsWith("java.security.AccessController")
                || frame.startsWith("org.refundbatch.job.NightlyRun") || frame.startsWith("org.refundbatch.job.RefundJobRunner")
                || frame.startsWith("org.refundbatch.RefundBatchApplication");
    }

    /** The library a method belongs to: {@code org.hsqldb}, {@code org.apache.commons.csv}, {@code java.math}... */
    private static String library(String frame) {
        String[] parts = frame.split("\\.");
        int keep = frame.startsWith("org.apache.") || frame.startsWith("org.springframework.") ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(keep, parts.length - 2)));
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("  -- " + title);
        // a frame on (nearly) every stack of the step is an ancestor of all its work: it says nothing
        counts.entrySet().stream().filter(e -> e.getValue() < 0.98 * samples || samples < 50)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / samples,
                        e.getKey()));
    }
}
