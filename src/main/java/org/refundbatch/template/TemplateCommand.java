package org.refundbatch.template;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import org.refundbatch.catalog.Catalog;
import org.refundbatch.catalog.CatalogLoader;
import org.refundbatch.catalog.InvalidCatalogException;
import org.refundbatch.job.RefundProperties;
import org.refundbatch.policy.AcademicYear;
import org.refundbatch.policy.MicroCredential;
import org.refundbatch.run.NightlyRun;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code --template=<file.xlsx> [--runDate=YYYY-MM-DD]}: writes a blank withdrawal sheet from the current catalogue,
 * with the codes of the academic years still open on that date (today by default). Reads the settings and the
 * catalogue only: no run lock, no database.
 */
public final class TemplateCommand {

    public static final String OPTION = "--template=";

    /** The settings alone: no database, no job, no Flyway. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RefundProperties.class)
    static class Settings {
    }

    private TemplateCommand() {
    }

    /** Writes the template the arguments ask for and returns the process's exit code. */
    public static int run(String[] args, PrintStream out) {
        String target = option(args, OPTION);
        String today = option(args, "--runDate=");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
            RefundProperties properties = context.getBean(RefundProperties.class);
            LocalDate date = today == null ? LocalDate.now(Clock.system(properties.zone())) : LocalDate.parse(today);
            Catalog catalog = new CatalogLoader().load(properties.catalog());
            List<MicroCredential> open = openYears(catalog, date);
            Path file = Path.of(target);
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                out.println(target + ": name the template .xlsx");
                return NightlyRun.BAD_ARGUMENTS;
            }
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".template", ".tmp");
            try (var stream = Files.newOutputStream(tmp)) {
                new WithdrawalTemplate().write(open, date, stream);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            out.println("Wrote " + file.toAbsolutePath().normalize() + ": " + open.size()
                    + " micro-credential(s) of the academic years open on " + date);
            return NightlyRun.OK;
        } catch (InvalidCatalogException e) {
            out.println("the catalogue cannot be read: " + e.getMessage());
            return NightlyRun.BAD_ARGUMENTS;
        } catch (IOException | DateTimeParseException e) {
            out.println("cannot write the template " + target + ": " + e.getMessage());
            return NightlyRun.BAD_ARGUMENTS;
        }
    }

    /** The micro-credentials of the academic year of {@code date} and later ones, by code, then year. */
    static List<MicroCredential> openYears(Catalog catalog, LocalDate date) {
        AcademicYear current = AcademicYear.containing(date);
        return catalog.microCredentials().stream().filter(m -> m.year().compareTo(current) >= 0)
                .sorted(Comparator.comparing(MicroCredential::code).thenComparing(MicroCredential::year)).toList();
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
