package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.run.RunLock;

/**
 * A second process launched on a job home whose run is in progress stops before it opens the database,
 * with one line that says why and exit code 2. Runs the real command line in a child JVM.
 */
class SecondProcessIntegrationTests {

    @TempDir
    Path home;

    @Test
    void aSecondProcessStopsBeforeTheDatabaseIsOpened() throws Exception {
        Path output = home.resolve("second-launch.log");
        try (RunLock firstRun = RunLock.tryAcquire(home)) {
            assertThat(firstRun).isNotNull();

            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.refundbatch.RefundBatchApplication",
                    "--refund.home=" + home, "runDate=2026-11-30")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();

            assertThat(second.waitFor(2, TimeUnit.MINUTES)).as("the second launch ends by itself").isTrue();
            assertThat(second.exitValue()).isEqualTo(2);
        }
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).filteredOn(line -> line.contains("ERROR")).singleElement().asString()
                .contains("Another refund run is in progress (" + home.resolve("refund.lock").toAbsolutePath()
                        + " is held by pid " + ProcessHandle.current().pid())
                .endsWith("not started, nothing touched");
        assertThat(String.join("\n", lines)).doesNotContain("Exception");
        assertThat(home.resolve("db")).as("the database was not opened").doesNotExist();
    }
}
