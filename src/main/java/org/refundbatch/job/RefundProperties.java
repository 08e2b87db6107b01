package org.refundbatch.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.refundbatch.policy.AcademicYear;
import org.refundbatch.policy.CutOffCalendar;
import org.refundbatch.policy.CutOffDates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job's settings ({@code refund.*}).
 *
 * @param home where the job keeps its state: the embedded database, the run work folders, the lock
 * @param inbox the folder staff drop withdrawal sheets into
 * @param catalog the catalogue file (CSV or XLSX)
 * @param outbox where each run writes {@code <runDate>/}
 * @param archive where a successful run moves its inbox files ({@code <archive>/<runDate>/}); none when unset
 * @param chunkSize rows per transaction of the intake step
 * @param gridSize how many partitions run at once; 1 reads the sheets in one step, more reads them one
 *        partition per sheet, then settles the refunds in that many key ranges (see docs/SCALING.md)
 * @param zone the time zone of "today", the default run date
 * @param cutOffs cut-off dates per academic year ({@code refund.cut-offs[2026-2027].full-refund-before=2026-12-01})
 * @param painVersion the bank file's format: {@code pain.001.001.09} or {@code pain.001.001.03}
 * @param settleTime how long a file must lie unmodified in the inbox before a run reads it (a file still being
 *        copied waits for the next night); none reads every file
 * @param feedback where each run writes {@code <runDate>/<sheet>-feedback.xlsx}, one workbook per sheet for staff
 * @param feedbackMaxRows the most rows a feedback workbook lists; its summary counts them all
 * @param feedbackMaxComments the most rejected rows of a feedback workbook whose cell at fault carries a comment
 *        (POI holds comments in memory until the workbook is written); every rejected row is still marked and has
 *        its reason in the column "What to do"
 */
@ConfigurationProperties("refund")
public record RefundProperties(@DefaultValue("var") Path home, @DefaultValue("input-samples") Path inbox,
                               @DefaultValue("input-samples/catalog.csv") Path catalog,
                               @DefaultValue("var/outbox") Path outbox, Path archive,
                               @DefaultValue("500") int chunkSize, @DefaultValue("1") int gridSize,
                               @DefaultValue("Europe/Brussels") ZoneId zone,
                               Map<String, CutOffs> cutOffs,
                               @DefaultValue("pain.001.001.09") String painVersion, Duration settleTime,
                               @DefaultValue("var/feedback") Path feedback,
                               @DefaultValue("100000") int feedbackMaxRows,
                               @DefaultValue("1000") int feedbackMaxComments) {

    /** The cut-off dates finance set for one academic year. */
    public record CutOffs(LocalDate fullRefundBefore, LocalDate noRefundFrom) {
    }

    public RefundProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("refund.chunk-size must be at least 1, not " + chunkSize);
        }
        if (gridSize < 1) {
            throw new IllegalArgumentException("refund.grid-size must be at least 1, not " + gridSize);
        }
        if (feedbackMaxComments < 0) {
            throw new IllegalArgumentException("refund.feedback-max-comments must be at least 0, not "
                    + feedbackMaxComments);
        }
        cutOffs = cutOffs == null ? Map.of() : Map.copyOf(cutOffs);
    }

    /** The cut-off calendar: the defaults, with finance's dates for the years it set. */
    public CutOffCalendar cutOffCalendar() {
        Map<AcademicYear, CutOffDates> overrides = new HashMap<>();
        cutOffs.forEach((year, dates) -> {
            AcademicYear academicYear = AcademicYear.parse(year);
            CutOffDates defaults = CutOffDates.defaultsFor(academicYear);
            overrides.put(academicYear, new CutOffDates(
                    dates.fullRefundBefore() == null ? defaults.fullRefundBefore() : dates.fullRefundBefore(),
                    dates.noRefundFrom() == null ? defaults.noRefundFrom() : dates.noRefundFrom()));
        });
        return new CutOffCalendar(overrides);
    }

    /** The folder a run copies its inbox files into. */
    public Path workDir(LocalDate runDate) {
        return home.resolve("work").resolve(runDate.toString());
    }

    /** The folder a successful run moves its inbox sheets into; only with an archive set. */
    public Path archiveDir(LocalDate runDate) {
        return archive.resolve(runDate.toString());
    }

    /** The folder a run writes its feedback workbooks into. */
    public Path feedbackDir(LocalDate runDate) {
        return feedback.resolve(runDate.toString());
    }

    /** The folder a run writes its outputs into. */
    public Path outboxDir(LocalDate runDate) {
        return outbox.resolve(runDate.toString());
    }
}
