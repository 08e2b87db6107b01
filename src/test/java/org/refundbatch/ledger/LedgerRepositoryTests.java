package org.refundbatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.refundbatch.ledger.StagedFileRepository.Status;
import org.refundbatch.policy.CreditStatus;
import org.refundbatch.policy.HoldReason;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The exports read a run back page by page: every row of every file, once, in the order it was read. */
class LedgerRepositoryTests {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 30);
    private static final int PAGE = LedgerRepository.PAGE_ROWS;

    private LedgerRepository ledger;
    private JdbcTemplate jdbc;
    private final List<Integer> rows = List.of(2, 3, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE + 7, 3 * PAGE);

    @BeforeEach
    void aLedgerWithTwoFilesOfRowsAcrossSeveralPages() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:hsqldb:mem:ledger-" + UUID.randomUUID(), "SA", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/hsqldb", "classpath:db/migration/common")
                .load().migrate();
        jdbc = new JdbcTemplate(db);
        ledger = new LedgerRepository(jdbc);
        StagedFileRepository files = new StagedFileRepository(jdbc);
        List<RefundRecord> refunds = new ArrayList<>();
        List<CreditRecord> credits = new ArrayList<>();
        List<RejectRecord> rejects = new ArrayList<>();
        for (int file = 1; file <= 3; file++) {
            files.insert(new StagedFile(RUN, file, "sheet-" + file + ".csv", Path.of("work/sheet-" + file + ".csv"),
                    String.valueOf(file).repeat(64), 100, file == 2 ? Status.REJECTED : Status.ACCEPTED,
                    file == 2 ? "not a sheet" : null));
            if (file == 2) {
                rejects.add(new RejectRecord("sheet-2.csv", 2, 0, null, null, "not a sheet", List.of()));
                continue;
            }
            for (int row : rows) {
                RefundRecord refund = refund(file, row);
                refunds.add(refund);
                credits.add(credit(refund, 1));
                credits.add(credit(refund, 2));
                rejects.add(new RejectRecord("sheet-" + file + ".csv", file, row + 1, "iban", "BE00", "not an IBAN",
                        List.of("s" + row)));
            }
        }
        ledger.insertRefunds(refunds);
        ledger.insertCreditRecords(credits);
        ledger.insertRejects(RUN, rejects);
    }

    @Test
    void readsEveryRefundOfEveryFileOnceInTheOrderTheRowsWereRead() {
        List<String> read = new ArrayList<>();
        ledger.refunds(RUN).forEach(r -> read.add(r.fileSeq() + ":" + r.sourceRow()));

        assertThat(read).containsExactlyElementsOf(expected());
    }

    @Test
    void readsEveryCreditRecordRefundByRefundLineByLine() {
        List<String> read = new ArrayList<>();
        ledger.creditRecords(RUN).forEach(c -> read.add(c.refundId() + "/" + c.lineNo()));

        List<String> expected = new ArrayList<>();
        for (String key : expected()) {
            expected.add("R-" + key + "/1");
            expected.add("R-" + key + "/2");
        }
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void readsEveryRejectTheWholeFileOneInItsPlace() {
        List<String> read = new ArrayList<>();
        ledger.rejects(RUN).forEach(r -> read.add(r.fileSeq() + ":" + r.sourceRow()));

        List<String> expected = new ArrayList<>();
        for (String key : expected()) {
            String[] parts = key.split(":");
            expected.add(parts[0] + ":" + (Integer.parseInt(parts[1]) + 1));
        }
        expected.add(rows.size(), "2:0");
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void keepsEachOriginalValueOfARejectInTheColumnOfItsName() {
        List<String> original = List.of("0001234", "Peeters", "An", "MC-XYZ", "2026-2027", "31/02/2026", "1.116,00",
                "BE68 5390 0754 7034", "GEBABEBB", "dossier 12");
        ledger.insertRejects(RUN, List.of(new RejectRecord("sheet-3.csv", 3, 5, "withdrawal_date", "31/02/2026",
                "not a date", original)));

        assertThat(jdbc.queryForList("SELECT student_id, last_name, first_name, micro_credential, academic_year,"
                + " withdrawal_date, amount_paid, iban, bic, reference FROM reject"
                + " WHERE file_seq = 3 AND source_row = 5").get(0).values()).containsExactlyElementsOf(original);
        assertThat(ledger.rejects(RUN).filter(r -> r.fileSeq() == 3 && r.sourceRow() == 5).toList())
                .singleElement().extracting(RejectRecord::original).isEqualTo(original);
    }

    @Test
    void anIteratorReadsOnePageAtATimeNotAWholeFile() {
        Iterator<RefundRecord> iterator = ledger.refunds(RUN).iterator();
        assertThat(iterator.next().sourceRow()).isEqualTo(2);

        // rows of a later page of the same file, changed after the first page was read, are read as they are now
        jdbc.update("DELETE FROM credit_record WHERE refund_id IN (SELECT refund_id FROM refund"
                + " WHERE file_seq = 1 AND source_row > ?)", PAGE);
        jdbc.update("DELETE FROM refund WHERE file_seq = 1 AND source_row > ?", PAGE);
        List<String> rest = new ArrayList<>();
        iterator.forEachRemaining(r -> rest.add(r.fileSeq() + ":" + r.sourceRow()));

        assertThat(rest).startsWith("1:3", "1:" + (PAGE - 1), "1:" + PAGE, "3:2").doesNotContain("1:" + (PAGE + 1));
        assertThat(iterator.hasNext()).isFalse();
        assertThat(iterator.hasNext()).isFalse();
    }

    /** {@code file:row} of every refund, in the order the run read them. */
    private List<String> expected() {
        List<String> keys = new ArrayList<>();
        for (int file : new int[] {1, 3}) {
            for (int row : rows) {
                keys.add(file + ":" + row);
            }
        }
        return keys;
    }

    private static RefundRecord refund(int file, int row) {
        BigDecimal fee = new BigDecimal("495.00");
        boolean payable = row % 2 == 0;
        return RefundRecord.builder().refundId("R-" + file + ":" + row).runDate(RUN)
                .studentId("s" + file + "-" + row).lastName("Peeters").firstName("Anna")
                .microCredential("MC-DATA").academicYear("2026-2027").withdrawalDate(LocalDate.of(2026, 10, 15))
                .rule(RefundRule.FULL).fullRefundBefore(LocalDate.of(2026, 11, 1))
                .noRefundFrom(LocalDate.of(2027, 3, 15))
                .registrationFee(fee).entitlement(fee).refundAmount(fee)
                .status(payable ? RefundStatus.PAYABLE : RefundStatus.ON_HOLD)
                .holdReason(payable ? null : HoldReason.NO_IBAN.text())
                .iban(payable ? "BE68539007547034" : null)
                .sourceFile("sheet-" + file + ".csv").fileSeq(file).sourceRow(row).build();
    }

    private static CreditRecord credit(RefundRecord refund, int line) {
        return new CreditRecord(refund.refundId(), line, refund.studentId(), refund.microCredential(),
                refund.academicYear(), "DS-10" + line, "Unit " + line, "1", new BigDecimal("6.0"),
                new BigDecimal("13.80"), new BigDecimal("82.80"), CreditStatus.REFUNDED);
    }
}
