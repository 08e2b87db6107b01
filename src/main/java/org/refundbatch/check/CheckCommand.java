package org.refundbatch.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.refundbatch.catalog.CatalogLoader;
import org.refundbatch.catalog.InvalidCatalogException;
import org.refundbatch.feedback.FeedbackWorkbook;
import org.refundbatch.intake.WithdrawalAssessor;
import org.refundbatch.job.RefundProperties;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.Release;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.payout.Pain001Version;
import org.refundbatch.policy.RefundPolicy;
import org.refundbatch.run.NightlyRun;
import org.refundbatch.sheet.SheetLimits;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code --check=<file or folder> [--out=<folder>] [--runDate=YYYY-MM-DD]}: assesses sheets as tonight's run would
 * and writes each one's feedback workbook beside it (or into {@code --out}). It reads the settings and the ledger
 * only: no run lock, no job, no database migration, no staged copy, nothing written but the feedback.
 */
public final class CheckCommand {

    public static final String OPTION = "--check=";

    /** The settings alone: no database, no job, no Flyway. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RefundProperties.class, SheetLimits.class})
    static class Settings {
    }

    private CheckCommand() {
    }

    /** Runs the check the arguments ask for and returns the process's exit code. */
    public static int run(String[] args, PrintStream out) {
        String target = option(args, OPTION);
        String outFolder = option(args, "--out=");
        String runDateText = option(args, "--runDate=");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
            RefundProperties properties = context.getBean(RefundProperties.class);
            LocalDate runDate = runDateText == null ? LocalDate.now(Clock.system(properties.zone()))
                    : LocalDate.parse(runDateText);
            Path path = Path.of(target);
            List<Path> sheets = sheets(path, properties.catalog());
            if (sheets.isEmpty()) {
                out.println(path + ": no sheet to check (the inbox takes .xlsx, .xls and .csv files)");
                return NightlyRun.BAD_ARGUMENTS;
            }
            WithdrawalAssessor assessor = new WithdrawalAssessor(new CatalogLoader().load(properties.catalog()),
                    new RefundPolicy(properties.cutOffCalendar()), runDate, Pain001Version.of(properties.painVersion()));
            try (LedgerAccess ledger = LedgerAccess.open(context.getEnvironment(), Clock.systemUTC().instant())) {
                out.println("Checking " + sheets.size() + " sheet(s) as the night of " + runDate + " would read them");
                if (ledger.problem() != null) {
                    out.println("could not read the ledger: duplicates against earlier nights not checked ("
                            + ledger.problem() + ")");
                }
                SheetCheck check = new SheetCheck(assessor, runDate,
                        ledger.jdbc().map(jdbc -> new RefundEventRepository(jdbc, new LedgerRepository(jdbc))),
                        ledger.jdbc().map(StagedFileRepository::new),
                        new FeedbackWorkbook(properties.feedbackMaxRows(), properties.feedbackMaxComments()),
                        context.getBean(SheetLimits.class));
                for (Path sheet : sheets) {
                    Path folder = outFolder != null ? Path.of(outFolder) : sheet.toAbsolutePath().getParent();
                    print(check.check(sheet, folder), out);
                }
            }
            return NightlyRun.OK;
        } catch (InvalidCatalogException e) {
            out.println("the catalogue cannot be read: " + e.getMessage());
            return NightlyRun.BAD_ARGUMENTS;
        } catch (IOException | java.time.format.DateTimeParseException e) {
            out.println("cannot check " + target + ": " + e.getMessage());
            return NightlyRun.BAD_ARGUMENTS;
        }
    }

    static void print(SheetCheck.Result result, PrintStream out) {
        if (result.fileReason() != null) {
            out.println(result.fileName() + ": not read: " + result.fileReason());
        } else {
            long rows = result.refunds().size() + result.rejects().size() + result.releases().size();
            out.println(String.format(Locale.ROOT, "%s: %d row(s): %d refund(s) (%d on hold), %d rejected; to be"
                    + " paid %s", result.fileName(), rows, result.refunds().size(), result.onHold(),
                    result.rejects().size(), result.toBePaid().toPlainString()));
            for (Release release : result.releases()) {
                out.println("  row " + release.sourceRow() + ": pays refund " + release.refund().refundId() + " ("
                        + release.refund().state() + ", " + release.refund().refundAmount().toPlainString()
                        + ") to the account given");
            }
            for (RejectRecord reject : result.rejects()) {
                out.println("  row " + reject.sourceRow() + (reject.column() == null ? "" : ", " + reject.column()
                        + " '" + (reject.value() == null ? "" : reject.value()) + "'") + ": " + reject.reason());
            }
        }
        out.println("  feedback: " + result.feedback().toAbsolutePath().normalize());
    }

    /** The file, or the sheets of the folder as the night takes them, without feedback workbooks or the catalogue. */
    private static List<Path> sheets(Path path, Path catalog) throws IOException {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new IOException("no such file or folder");
            }
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(path)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.startsWith(".") && !name.startsWith("~$")
                        && !name.endsWith("-feedback.xlsx")
                        && !(Files.exists(catalog) && Files.isSameFile(file, catalog))) {
                    files.add(file);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static String option(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return null;
    }
}
