package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.ledger.CreditRecord;
import org.refundbatch.ledger.LedgerRepository;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.ledger.RejectRecord;
import org.refundbatch.ledger.StagedFileRepository;
import org.refundbatch.ledger.StagedFileRepository.StagedFile;
import org.refundbatch.ledger.StagedFileRepository.Status;
import org.refundbatch.policy.CreditStatus;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The database itself refuses to pay or record anything twice, whatever the code in front of it does. */
@SpringBootTest(properties = "refund.runner.enabled=false")
class LedgerConstraintsIntegrationTests {

    static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, home);
    }

    @Autowired
    LedgerRepository ledger;
    @Autowired
    StagedFileRepository stagedFiles;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyLedger() {
        TestDatabase.clean(jdbc);
        ledger.insertRefunds(List.of(refund("R20261130-001-0000002", NIGHT, 1, 2)));
    }

    @Test
    void aSecondRefundOfTheSameEnrolmentIsRefusedOnAnyNight() {
        assertThatThrownBy(() -> ledger.insertRefunds(List.of(refund("R20261201-001-0000007", NIGHT.plusDays(1), 1, 7))))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("UQ_REFUND_KEY");
    }

    @Test
    void aRowIsRefundedOnceAndRejectedOnce() {
        assertThatThrownBy(() -> ledger.insertRefunds(List.of(refund("R20261130-001-0000002", NIGHT, 1, 2))))
                .isInstanceOf(DataIntegrityViolationException.class);
        RejectRecord reject = new RejectRecord("w.csv", 1, 3, "iban", "BE00", "not a valid IBAN", List.of());
        ledger.insertRejects(NIGHT, List.of(reject));
        assertThatThrownBy(() -> ledger.insertRejects(NIGHT, List.of(reject)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aCreditRecordLineIsWrittenOnce() {
        CreditRecord line = new CreditRecord("R20261130-001-0000002", 1, "0123456", "MC-DATA", "2026-2027", "DS-101",
                "Programming", "1", new BigDecimal("6"), new BigDecimal("13.80"), new BigDecimal("82.80"),
                CreditStatus.REFUNDED);
        ledger.insertCreditRecords(List.of(line));
        assertThatThrownBy(() -> ledger.insertCreditRecords(List.of(line)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSameBytesAreAcceptedOnceEver() {
        stagedFiles.insert(staged(NIGHT, "a.csv"));
        assertThatThrownBy(() -> stagedFiles.insert(staged(NIGHT.plusDays(1), "b.csv")))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("UQ_STAGED_FILE_SHA");
    }

    private static StagedFile staged(LocalDate night, String name) {
        return new StagedFile(night, 1, name, Path.of("work", name), "ab".repeat(32), 10, Status.ACCEPTED, null);
    }

    private static RefundRecord refund(String id, LocalDate night, int fileSeq, int row) {
        BigDecimal fee = new BigDecimal("495.00");
        return RefundRecord.builder().refundId(id).runDate(night)
                .studentId("0123456").lastName("Peeters").firstName("Anna")
                .microCredential("MC-DATA").academicYear("2026-2027").withdrawalDate(LocalDate.of(2026, 10, 15))
                .rule(RefundRule.FULL).fullRefundBefore(LocalDate.of(2026, 11, 1))
                .noRefundFrom(LocalDate.of(2027, 3, 15))
                .registrationFee(fee).entitlement(fee).refundAmount(fee).status(RefundStatus.PAYABLE)
                .iban("BE68539007547034").sourceFile("w.csv").fileSeq(fileSeq).sourceRow(row).build();
    }
}
