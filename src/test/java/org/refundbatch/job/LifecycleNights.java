package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Nights of the job in a test home: sheets and bank files dropped, the night run, its files and events read. */
final class LifecycleNights {

    static final String HEADER =
            "student_id;last_name;first_name;micro_credential;academic_year;withdrawal_date;amount_paid;iban;reference";

    private final Path home;
    private final JdbcTemplate jdbc;
    private final JobOperatorTestUtils jobs;

    LifecycleNights(Path home, JdbcTemplate jdbc, JobOperatorTestUtils jobs) {
        this.home = home;
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** A new installation: empty database, inbox, outbox and bank inbox. */
    void reset() throws IOException {
        JobHome.reset(home, jdbc);
        JobHome.delete(home.resolve("bank-inbox"));
    }

    /** Drops a sheet of these rows (after the header) in the inbox, which holds only tonight's sheets. */
    void sheet(String name, String... rows) throws IOException {
        Files.writeString(home.resolve("inbox").resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
    }

    void bankFile(String name, String content) throws IOException {
        Files.createDirectories(home.resolve("bank-inbox"));
        Files.writeString(home.resolve("bank-inbox").resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Runs the night, expects it to complete, then empties the inbox for the next night. */
    JobExecution night(LocalDate runDate) throws Exception {
        JobExecution execution = start(runDate);
        assertThat(execution.getStatus()).as("the night of %s", runDate).isEqualTo(BatchStatus.COMPLETED);
        emptyInbox();
        return execution;
    }

    JobExecution start(LocalDate runDate) throws Exception {
        return jobs.startJob(new JobParametersBuilder().addLocalDate("runDate", runDate).toJobParameters());
    }

    void emptyInbox() throws IOException {
        JobHome.delete(home.resolve("inbox"));
        Files.createDirectories(home.resolve("inbox"));
    }

    Path outbox(LocalDate runDate) {
        return home.resolve("outbox").resolve(runDate.toString());
    }

    CsvFile csv(String prefix, LocalDate runDate) throws IOException {
        return CsvFile.read(outbox(runDate).resolve(prefix + "-" + runDate + ".csv"));
    }

    /**
     * A refund's events, one line each: {@code from>to runDate source[:row][ code][ iban]}.
     */
    List<String> events(String refundId) {
        return jdbc.query("SELECT from_state, to_state, run_date, source_file, source_row, reason_code, iban"
                + " FROM refund_event WHERE refund_id = ? ORDER BY event_seq", (rs, n) -> {
                    StringBuilder line = new StringBuilder();
                    String from = rs.getString(1);
                    line.append(from == null ? "" : from).append('>').append(rs.getString(2)).append(' ')
                            .append(rs.getDate(3).toLocalDate()).append(' ').append(rs.getString(4));
                    int row = rs.getInt(5);
                    if (!rs.wasNull()) {
                        line.append(':').append(row);
                    }
                    if (rs.getString(6) != null) {
                        line.append(' ').append(rs.getString(6));
                    }
                    if (rs.getString(7) != null) {
                        line.append(' ').append(rs.getString(7));
                    }
                    return line.toString();
                }, refundId);
    }

    String state(String refundId) {
        return jdbc.queryForObject("SELECT state FROM refund WHERE refund_id = ?", String.class, refundId);
    }

    /** The payment attempts of a refund: {@code attempt runDate EndToEndId amount iban}. */
    List<String> payments(String refundId) {
        return jdbc.query("SELECT attempt_no, run_date, end_to_end_id, amount, iban FROM payment WHERE refund_id = ?"
                + " ORDER BY attempt_no", (rs, n) -> rs.getInt(1) + " " + rs.getDate(2).toLocalDate() + " "
                + rs.getString(3) + " " + rs.getBigDecimal(4).toPlainString() + " " + rs.getString(5), refundId);
    }

    /** The transfers of the night's bank file: {@code EndToEndId amount IBAN}; none without a file. */
    List<String> transfers(LocalDate runDate) throws Exception {
        Path file = outbox(runDate).resolve("reimbursements-" + runDate + ".xml");
        List<String> transfers = new ArrayList<>();
        if (!Files.exists(file)) {
            return transfers;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(file.toFile());
        NodeList txs = xml.getElementsByTagNameNS("*", "CdtTrfTxInf");
        for (int i = 0; i < txs.getLength(); i++) {
            Element tx = (Element) txs.item(i);
            transfers.add(text(tx, "EndToEndId") + " " + text(tx, "InstdAmt") + " " + text(tx, "IBAN"));
        }
        return transfers;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }
}
