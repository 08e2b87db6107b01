package org.refundbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A night with names in other scripts, a name without a letter, an account outside SEPA and a BIC that only
 * one pain.001 version accepts: each is paid, rejected or held at intake, and the bank file validates.
 */
class BankFileIntakeJobIntegrationTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    static final String SHEET = """
            student_id,last_name,first_name,micro_credential,academic_year,withdrawal_date,amount_paid,iban,bic
            0700001,Иванов,Иван,MC-DATA,2026-2027,2026-10-15,,BE68 5390 0754 7034,
            0700002,王,伟,MC-DATA,2026-2027,2026-10-15,,NL91ABNA0417164300,
            0700003,😀🎉,Jan,MC-DATA,2026-2027,2026-10-15,,BE68539007547034,
            0700004,Yılmaz,Ayşe,MC-DATA,2026-2027,2026-10-15,400.00,TR33 0006 1005 1978 6457 8413 26,
            0700005,Peeters,An,MC-DATA,2026-2027,2026-10-15,,DE89370400440532013000,GKCCBE1B
            0700006,Janssens,Els,MC-DATA,2026-2027,2026-10-15,,DE89370400440532013000,COBADEFFXXX
            """;

    static void dropTheSheet(Path home) throws IOException {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("scripts.csv"), SHEET, StandardCharsets.UTF_8);
    }

    static JobExecution run(JobOperatorTestUtils jobs) throws Exception {
        JobExecution execution = jobs.startJob(new JobParametersBuilder().addLocalDate("runDate", RUN_DATE)
                .toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    static Document validBankFile(Path outbox, String version) throws Exception {
        Path xml = outbox.resolve("reimbursements-2026-11-30.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(BankFileIntakeJobIntegrationTests.class.getResource("/" + version + ".xsd")).newValidator()
                .validate(new StreamSource(xml.toFile()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    static List<String> text(Document xml, String element) {
        NodeList nodes = xml.getElementsByTagNameNS("*", element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    /** The default format, pain.001.001.09. */
    @Nested
    @DatabaseTest
    @SpringBatchTest
    @SpringBootTest(properties = "refund.runner.enabled=false")
    class Pain00100109 {

        @TempDir
        static Path home;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            TestDatabase.registerNight(registry, home);
        }

        @Autowired
        JobOperatorTestUtils jobOperatorTestUtils;
        @Autowired
        RefundProperties properties;
        @Autowired
        JdbcTemplate jdbc;

        @Test
        void paysTransliteratedNamesHoldsAnAccountOutsideSepaAndRejectsANameWithoutALetter() throws Exception {
            dropTheSheet(home);

            run(jobOperatorTestUtils);

            Path outbox = properties.outboxDir(RUN_DATE);
            NightOutputs night = NightOutputs.read(outbox, RUN_DATE);
            assertThat(night.refunds().rows()).extracting(r -> r.get("source_row"), r -> r.get("last_name"),
                    r -> r.get("first_name"), r -> r.get("refund_amount"), r -> r.get("status"), r -> r.get("iban"))
                    .containsExactly(
                            tuple("2", "Иванов", "Иван", "495.00", "PAYABLE", "BE68539007547034"),
                            tuple("3", "王", "伟", "495.00", "PAYABLE", "NL91ABNA0417164300"),
                            tuple("5", "Yılmaz", "Ayşe", "400.00", "ON_HOLD", "TR330006100519786457841326"),
                            tuple("6", "Peeters", "An", "495.00", "PAYABLE", "DE89370400440532013000"),
                            tuple("7", "Janssens", "Els", "495.00", "PAYABLE", "DE89370400440532013000"));
            assertThat(night.rejects().rows()).extracting(r -> r.get("source_file"), r -> r.get("source_row"),
                    r -> r.get("column"), r -> r.get("value"), r -> r.get("reason")).containsExactly(
                    tuple("scripts.csv", "4", "last_name", "😀🎉", "'😀🎉' has no letter that a bank transfer can"
                            + " carry: write the last name in Latin letters"));
            assertThat(night.rowsRead()).isEqualTo(6).isEqualTo(night.refundCount() + night.rowsRejected());
            assertThat(jdbc.queryForList("SELECT source_row, hold_reason FROM refund ORDER BY source_row"))
                    .extracting(r -> ((Number) r.get("SOURCE_ROW")).intValue(), r -> r.get("HOLD_REASON"))
                    .containsExactly(tuple(2, null), tuple(3, null),
                            tuple(5, "account outside SEPA: pay by other means"), tuple(6, null), tuple(7, null));

            Document bankFile = validBankFile(outbox, "pain.001.001.09");
            assertThat(text(bankFile, "NbOfTxs")).containsExactly("4", "4");
            assertThat(text(bankFile, "CtrlSum")).containsExactly("1980.00", "1980.00");
            assertThat(text(bankFile, "Nm")).containsExactly("Universiteit Voorbeeld", "Universiteit Voorbeeld",
                    "Ivanov Ivan", "wang wei", "Peeters An", "Janssens Els");
            assertThat(text(bankFile, "IBAN")).doesNotContain("TR330006100519786457841326");
            assertThat(text(bankFile, "BICFI")).contains("GKCCBE1B", "COBADEFFXXX");
        }
    }

    /** pain.001.001.03, whose XSD refuses a BIC with a 1 as its first location character. */
    @Nested
    @DatabaseTest
    @SpringBatchTest
    @SpringBootTest(properties = {"refund.runner.enabled=false", "refund.pain-version=pain.001.001.03"})
    class Pain00100103 {

        @TempDir
        static Path home;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            TestDatabase.registerNight(registry, home);
        }

        @Autowired
        JobOperatorTestUtils jobOperatorTestUtils;
        @Autowired
        RefundProperties properties;

        @Test
        void rejectsTheBicThatVersionCannotCarryAndWritesAValidBankFile() throws Exception {
            dropTheSheet(home);

            run(jobOperatorTestUtils);

            Path outbox = properties.outboxDir(RUN_DATE);
            NightOutputs night = NightOutputs.read(outbox, RUN_DATE);
            assertThat(night.rejects().rows()).extracting(r -> r.get("source_row"), r -> r.get("column"),
                    r -> r.get("value"), r -> r.get("reason")).containsExactly(
                    tuple("4", "last_name", "😀🎉", "'😀🎉' has no letter that a bank transfer can carry: write the"
                            + " last name in Latin letters"),
                    tuple("6", "bic", "GKCCBE1B", "'GKCCBE1B' is a BIC that the bank file (pain.001.001.03) cannot"
                            + " carry; check it with the student's bank, or leave it empty: within SEPA the IBAN is"
                            + " enough"));
            assertThat(night.rowsRead()).isEqualTo(6).isEqualTo(night.refundCount() + night.rowsRejected());
            Document bankFile = validBankFile(outbox, "pain.001.001.03");
            assertThat(text(bankFile, "NbOfTxs")).containsExactly("3", "3");
            assertThat(text(bankFile, "CtrlSum")).containsExactly("1485.00", "1485.00");
            assertThat(text(bankFile, "Nm")).containsExactly("Universiteit Voorbeeld", "Universiteit Voorbeeld",
                    "Ivanov Ivan", "wang wei", "Janssens Els");
        }
    }
}
