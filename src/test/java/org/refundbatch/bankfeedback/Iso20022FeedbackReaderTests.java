package org.refundbatch.bankfeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.refundbatch.bankfeedback.BankAnswer.Outcome;
import org.xml.sax.SAXException;

class Iso20022FeedbackReaderTests {

    static final Path SAMPLES = Path.of("input-samples/bank");
    static final Path STATUS_REPORT = SAMPLES.resolve("status-report-2026-12-01.xml");
    static final Path GROUP_REJECTION = SAMPLES.resolve("status-report-2026-12-01-rejected.xml");
    static final Path DEBIT_NOTIFICATION = SAMPLES.resolve("debit-notification-2026-12-03.xml");

    /** The 18 transfers of the night of 2026-11-30 that the bank executed, with their amounts. */
    static final List<String> EXECUTED = List.of(
            "R20261130-001-0000002 495.00", "R20261130-001-0000003 384.60", "R20261130-001-0000004 87.00",
            "R20261130-002-0000002 250.00", "R20261130-002-0000004 384.60", "R20261130-002-0000005 426.00",
            "R20261130-003-0000002 495.00", "R20261130-003-0000005 87.00", "R20261130-003-0000006 82.51",
            "R20261130-004-0000002 495.00", "R20261130-004-0000003 124.20", "R20261130-004-0000004 384.60",
            "R20261130-004-0000005 55.20", "R20261130-004-0000008 50.00", "R20261130-004-0000009 29.20",
            "R20261130-004-0000011 384.60", "R20261130-004-0000012 124.20", "R20261130-004-0000022 48.13");

    final Iso20022FeedbackReader reader = new Iso20022FeedbackReader();

    @TempDir
    Path dir;

    static Stream<Path> samples() throws IOException {
        return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".xml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsValidAgainstItsSchema(Path sample) throws Exception {
        BankMessageSchemas.validate(sample, Files.readString(sample));
    }

    @Test
    void theSchemaCheckRefusesAFileItsSchemaDoesNotAllow() throws Exception {
        String xml = Files.readString(DEBIT_NOTIFICATION).replace("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>IN</CdtDbtInd>");
        Path file = Files.writeString(dir.resolve("invalid.xml"), xml);

        assertThatThrownBy(() -> BankMessageSchemas.validate(file, xml)).isInstanceOf(SAXException.class)
                .hasMessageContaining("IN");
    }

    @Nested
    class Samples {

        @Test
        void theStatusReportRejectsTwoTransfersWithTheirReasonsAndAcceptsTheOthers() throws Exception {
            BankFeedback feedback = reader.read(STATUS_REPORT);

            assertThat(feedback.fileName()).isEqualTo("status-report-2026-12-01.xml");
            assertThat(feedback.sha256()).isEqualTo(sha256(STATUS_REPORT));
            assertThat(feedback.format()).isEqualTo("pain.002.001.10");
            assertThat(feedback.messageId()).isEqualTo("PSR-GKCCBEBB-20261201-000417");
            assertThat(feedback.originalMessageId()).isEqualTo("REFUND-20261130");
            assertThat(feedback.groupOutcome()).isNull();
            assertThat(feedback.groupReasonCode()).isNull();
            assertThat(feedback.answers()).hasSize(20);
            assertThat(feedback.answers()).filteredOn(a -> a.outcome() == Outcome.REJECTED).containsExactly(
                    new BankAnswer("R20261130-002-0000003", Outcome.REJECTED, "AC04",
                            "closed account number: the account has been closed (bank: Rekening afgesloten op"
                                    + " 2026-11-20)", new BigDecimal("124.20")),
                    new BankAnswer("R20261130-003-0000003", Outcome.REJECTED, "MD07",
                            "end customer deceased (bank: Rekeninghouder overleden)", new BigDecimal("384.60")));
            assertThat(feedback.answers()).filteredOn(a -> a.outcome() == Outcome.ACCEPTED)
                    .extracting(a -> a.endToEndId() + " " + a.amount().toPlainString(), BankAnswer::reasonCode,
                            BankAnswer::reasonText)
                    .containsExactlyElementsOf(EXECUTED.stream().map(e -> tuple(e, null, null)).toList());
        }

        @Test
        void theOlderBanksReportRejectsTheWholeFile() throws Exception {
            BankFeedback feedback = reader.read(GROUP_REJECTION);

            assertThat(feedback).isEqualTo(new BankFeedback("status-report-2026-12-01-rejected.xml",
                    sha256(GROUP_REJECTION), "pain.002.001.03", "STS 20261201 0000093", "REFUND-20261130",
                    Outcome.REJECTED, "AM04", "insufficient funds on the university's account", List.of()));
        }

        @Test
        void theDebitNotificationBooksTheBatchAndReturnsOneTransfer() throws Exception {
            BankFeedback feedback = reader.read(DEBIT_NOTIFICATION);

            assertThat(feedback.format()).isEqualTo("camt.054.001.08");
            assertThat(feedback.messageId()).isEqualTo("CAMT054-GKCCBEBB-20261203-0081");
            assertThat(feedback.originalMessageId()).isNull();
            assertThat(feedback.groupOutcome()).isNull();
            assertThat(feedback.sha256()).isEqualTo(sha256(DEBIT_NOTIFICATION));
            assertThat(feedback.answers()).hasSize(19);
            assertThat(feedback.answers().subList(0, 18))
                    .extracting(a -> a.endToEndId() + " " + a.amount().toPlainString(), BankAnswer::outcome,
                            BankAnswer::reasonCode)
                    .containsExactlyElementsOf(EXECUTED.stream().map(e -> tuple(e, Outcome.ACCEPTED, null)).toList());
            assertThat(feedback.answers().stream().limit(18).map(BankAnswer::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("4386.84");
            assertThat(feedback.answers().get(18)).isEqualTo(new BankAnswer("R20261130-002-0000004",
                    Outcome.RETURNED, "AC01", "incorrect account number: the format of the account number is not"
                            + " correct (bank: Rekeningnummer onbekend bij de bank van de begunstigde)",
                    new BigDecimal("384.60")));
        }
    }

    @Nested
    class StatusReports {

        @Test
        void aTransferWithoutStatusTakesItsBlocksAndPendingDecidesNothing() throws Exception {
            Path file = valid("status.xml", statusReport("ACSC", """
                    <TxInfAndSts><OrgnlEndToEndId>R20261130-001-0000002</OrgnlEndToEndId></TxInfAndSts>
                    <TxInfAndSts><OrgnlEndToEndId>R20261130-001-0000003</OrgnlEndToEndId><TxSts>PDNG</TxSts>
                    </TxInfAndSts>
                    <TxInfAndSts><OrgnlEndToEndId>R20261130-001-0000004</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                      <StsRsnInf><Rsn><Cd>XT99</Cd></Rsn></StsRsnInf>
                      <OrgnlTxRef><Amt><InstdAmt Ccy="EUR">87</InstdAmt></Amt></OrgnlTxRef></TxInfAndSts>
                    <TxInfAndSts><OrgnlEndToEndId>R20261130-001-0000005</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                      <StsRsnInf><Rsn><Prtry>B17</Prtry></Rsn><AddtlInf>IBAN en naam</AddtlInf>
                      <AddtlInf>komen niet overeen</AddtlInf></StsRsnInf></TxInfAndSts>
                    """));

            BankFeedback feedback = reader.read(file);

            assertThat(feedback.groupOutcome()).isNull();
            assertThat(feedback.answers()).containsExactly(
                    new BankAnswer("R20261130-001-0000002", Outcome.ACCEPTED, null, null, null),
                    new BankAnswer("R20261130-001-0000003", Outcome.PENDING, null, null, null),
                    new BankAnswer("R20261130-001-0000004", Outcome.REJECTED, "XT99", "XT99 (code not in the ISO"
                            + " list)", new BigDecimal("87")),
                    new BankAnswer("R20261130-001-0000005", Outcome.REJECTED, "B17", "B17 (code not in the ISO"
                            + " list) (bank: IBAN en naam komen niet overeen)", null));
        }

        @Test
        void aBlockRejectedWithoutTransfersRejectsTheWholeMessage() throws Exception {
            Path file = valid("block.xml", statusReport("RJCT", """
                    <StsRsnInf><Rsn><Cd>FF01</Cd></Rsn><AddtlInf>Control sum incorrect</AddtlInf></StsRsnInf>
                    """));

            BankFeedback feedback = reader.read(file);

            assertThat(feedback.answers()).isEmpty();
            assertThat(feedback.groupOutcome()).isEqualTo(Outcome.REJECTED);
            assertThat(feedback.groupReasonCode()).isEqualTo("FF01");
            assertThat(feedback.groupReasonText()).isEqualTo("invalid file format: the file is incomplete or not"
                    + " valid (bank: Control sum incorrect)");
        }

        @Test
        void aStatusThisProgramDoesNotReadIsReportedNotGuessed() throws Exception {
            Path file = valid("blocked.xml", statusReport("PART", """
                    <TxInfAndSts><OrgnlEndToEndId>R20261130-001-0000002</OrgnlEndToEndId><TxSts>BLCK</TxSts>
                    </TxInfAndSts>
                    """));

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessage("bank file blocked.xml (pain.002.001.10): transfer R20261130-001-0000002 has the"
                            + " status 'BLCK', which this program does not read (it reads RJCT, ACCP, ACSC, ACSP,"
                            + " ACTC, ACWC, ACCC, ACFC, ACWP, PDNG and RCVD): the file is not read; ask the bank to"
                            + " send it again");
        }

        @Test
        void aTransferWithoutEndToEndIdIsReported() throws Exception {
            Path file = valid("anonymous.xml", statusReport("PART", """
                    <TxInfAndSts><TxSts>RJCT</TxSts></TxInfAndSts>
                    """));

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessageStartingWith("bank file anonymous.xml (pain.002.001.10): it has no OrgnlEndToEndId"
                            + " for one of its transfers");
        }

        private static String statusReport(String blockStatus, String blockContent) {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
                    <GrpHdr><MsgId>PSR-1</MsgId><CreDtTm>2026-12-01T06:00:00</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts><OrgnlMsgId>REFUND-20261130</OrgnlMsgId>
                    <OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId></OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts><OrgnlPmtInfId>REFUND-20261130</OrgnlPmtInfId><PmtInfSts>%s</PmtInfSts>
                    %s</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>
                    """.formatted(blockStatus, blockContent);
        }
    }

    @Nested
    class DebitNotifications {

        @Test
        void readsPendingDebitsAndPassesOverWhatAnswersNoTransfer() throws Exception {
            Path file = valid("camt.xml", notification(
                    entry("DBIT", "PDNG", transaction("R20261130-001-0000002", "495.00", ""))
                            + entry("DBIT", "BOOK", transaction("NOTPROVIDED", "2.50", ""))
                            + entry("CRDT", "BOOK", transaction("INV-2026-118", "1200.00", ""))
                            + entry("DBIT", "INFO", transaction("R20261130-001-0000003", "384.60", ""))));

            assertThat(reader.read(file).answers()).containsExactly(
                    new BankAnswer("R20261130-001-0000002", Outcome.PENDING, null, null, new BigDecimal("495.00")));
        }

        @Test
        void aReturnWithoutEndToEndIdIsReported() throws Exception {
            Path file = valid("camt.xml", notification(entry("CRDT", "BOOK", transaction("NOTPROVIDED", "87.00",
                    "<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>"))));

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessage("bank file camt.xml (camt.054.001.08): it notifies a returned transfer of 87.00"
                            + " without its EndToEndId (Refs/EndToEndId), so it cannot be matched to a refund: the"
                            + " file is not read; ask the bank to send it again");
        }

        private static String notification(String entries) {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>NTF-1</MsgId><CreDtTm>2026-12-02T07:00:00</CreDtTm></GrpHdr>
                    <Ntfctn><Id>N-1</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>%s</Ntfctn>
                    </BkToCstmrDbtCdtNtfctn></Document>
                    """.formatted(entries);
        }

        private static String entry(String direction, String status, String transactions) {
            return ("<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>%s</CdtDbtInd><Sts><Cd>%s</Cd></Sts>"
                    + "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>"
                    + "<NtryDtls>%s</NtryDtls></Ntry>").formatted(direction, status, transactions);
        }

        private static String transaction(String endToEndId, String amount, String returnInformation) {
            return "<TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs><Amt Ccy=\"EUR\">%s</Amt>%s</TxDtls>"
                    .formatted(endToEndId, amount, returnInformation);
        }
    }

    @Nested
    class UnreadableFiles {

        @Test
        void anEmptyFile() throws Exception {
            Path file = Files.writeString(dir.resolve("empty.xml"), "");

            assertUnreadable(file, "bank file empty.xml is empty: ask the bank to send it again");
        }

        @Test
        void aFileThatIsNotXml() throws Exception {
            Path file = Files.writeString(dir.resolve("answers.xml"), "refund_id;status\nR20261130-001-0000002;RJCT\n");

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessageStartingWith("bank file answers.xml is not XML (")
                    .hasMessageEndingWith("): it is not a bank answer; ask the bank for its pain.002 or camt.054 file");
        }

        @Test
        void aFileCutOffMidWay() throws Exception {
            byte[] whole = Files.readAllBytes(STATUS_REPORT);
            Path file = Files.write(dir.resolve("cut.xml"), java.util.Arrays.copyOf(whole, whole.length / 2));

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessageStartingWith("bank file cut.xml ends before its message is complete at line ")
                    .hasMessageEndingWith(": it was cut off or damaged while copying; ask the bank to send it again");
        }

        @Test
        void aFileDamagedInTheMiddle() throws Exception {
            String damaged = Files.readString(STATUS_REPORT).replace("<TxSts>RJCT</TxSts>", "<TxSts>RJCT</TxSt>");
            Path file = Files.writeString(dir.resolve("damaged.xml"), damaged);

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessageStartingWith("bank file damaged.xml is damaged at line 81, column 22 (")
                    .hasMessageEndingWith("): ask the bank to send it again");
        }

        @Test
        void anotherIsoMessageSuchAsAPaymentOrder() throws Exception {
            Path file = valid("REFUND-20261130.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn>
                    <GrpHdr><MsgId>REFUND-20261130</MsgId><CreDtTm>2026-11-30T23:14:05</CreDtTm><NbOfTxs>1</NbOfTxs>
                    <InitgPty><Nm>Universiteit Voorbeeld</Nm></InitgPty></GrpHdr>
                    <PmtInf><PmtInfId>REFUND-20261130</PmtInfId><PmtMtd>TRF</PmtMtd>
                    <ReqdExctnDt><Dt>2026-12-01</Dt></ReqdExctnDt><Dbtr><Nm>Universiteit Voorbeeld</Nm></Dbtr>
                    <DbtrAcct><Id><IBAN>BE71096123456769</IBAN></Id></DbtrAcct>
                    <DbtrAgt><FinInstnId><BICFI>GKCCBEBB</BICFI></FinInstnId></DbtrAgt>
                    <CdtTrfTxInf><PmtId><EndToEndId>R20261130-001-0000002</EndToEndId></PmtId>
                    <Amt><InstdAmt Ccy="EUR">495.00</InstdAmt></Amt><Cdtr><Nm>Hermans Sofie</Nm></Cdtr>
                    <CdtrAcct><Id><IBAN>BE41063012345610</IBAN></Id></CdtrAcct></CdtTrfTxInf></PmtInf>
                    </CstmrCdtTrfInitn></Document>
                    """);

            assertUnreadable(file, "bank file REFUND-20261130.xml is an ISO 20022 pain.001.001.09 message, not a"
                    + " bank answer this program reads (pain.002.001.03, pain.002.001.10 or camt.054.001.08): put"
                    + " only the bank's payment status reports and debit notifications in the bank inbox");
        }

        @Test
        void xmlWithoutTheIsoNamespace() throws Exception {
            Path file = Files.writeString(dir.resolve("plain.xml"), "<Document><CstmrPmtStsRpt/></Document>");

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessageStartingWith("bank file plain.xml is XML (Document) without an ISO 20022 namespace,");
        }

        @Test
        void aDoctypeWithAnExternalEntity() throws Exception {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "the payer's password");
            Path file = Files.writeString(dir.resolve("xxe.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE Document [<!ENTITY secret SYSTEM "%s">]>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
                    <GrpHdr><MsgId>&secret;</MsgId></GrpHdr></CstmrPmtStsRpt></Document>
                    """.formatted(secret.toUri()));

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessage("bank file xxe.xml has a document type declaration (DOCTYPE) or entity, which no"
                            + " bank message has and which could make the program read other files: it is not read;"
                            + " ask the bank for its pain.002 or camt.054 file");
        }

        @Test
        void entitiesThatExpandABillionTimes() throws Exception {
            StringBuilder doctype = new StringBuilder("<!DOCTYPE Document [<!ENTITY lol0 \"lol\">");
            for (int i = 1; i < 10; i++) {
                doctype.append("<!ENTITY lol").append(i).append(" \"")
                        .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
            }
            Path file = Files.writeString(dir.resolve("laughs.xml"), doctype + "]><Document>&lol9;</Document>");

            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessageContaining("has a document type declaration (DOCTYPE)");
        }

        @Test
        void aFileLargerThanTheLimitIsNotOpened() throws Exception {
            Path file = dir.resolve("huge.xml");
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(Iso20022FeedbackReader.DEFAULT_MAX_BYTES + 1);
            }

            assertUnreadable(file, "bank file huge.xml is 67,108,865 bytes, more than the 67,108,864 bytes a bank"
                    + " answer may have: it is not read; check that it is the bank's pain.002 or camt.054 file");
        }

        @Test
        void aSmallerLimitRefusesALargerFile() throws Exception {
            Iso20022FeedbackReader small = new Iso20022FeedbackReader(4_096);
            Path file = Files.copy(STATUS_REPORT, dir.resolve("report.xml"));

            assertThatThrownBy(() -> small.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessageStartingWith("bank file report.xml is 10,142 bytes, more than the 4,096 bytes");
        }

        @Test
        void elementsNestedBeyondAnyMessage() throws Exception {
            Path file = Files.writeString(dir.resolve("deep.xml"),
                    "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><BkToCstmrDbtCdtNtfctn>"
                            + "<a>".repeat(100) + "</a>".repeat(100) + "</BkToCstmrDbtCdtNtfctn></Document>");

            assertUnreadable(file, "bank file deep.xml is not a bank message: its elements nest more than 64 deep"
                    + " (line 1): it is not read; ask the bank for its pain.002 or camt.054 file");
        }

        @Test
        void aTextLongerThanAnyMessageHolds() throws Exception {
            Path file = Files.writeString(dir.resolve("long.xml"),
                    "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><BkToCstmrDbtCdtNtfctn>"
                            + "<GrpHdr><MsgId>" + "x".repeat(20_000) + "</MsgId></GrpHdr>"
                            + "</BkToCstmrDbtCdtNtfctn></Document>");

            assertUnreadable(file, "bank file long.xml is not a bank message: an element holds more than 10000"
                    + " characters of text (line 1): it is not read; ask the bank for its pain.002 or camt.054 file");
        }

        @Test
        void aMessageWithoutItsMessageId() throws Exception {
            Path file = Files.writeString(dir.resolve("noid.xml"),
                    "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><BkToCstmrDbtCdtNtfctn>"
                            + "<GrpHdr/></BkToCstmrDbtCdtNtfctn></Document>");

            assertUnreadable(file, "bank file noid.xml (camt.054.001.08): it has no message id (GrpHdr/MsgId): the"
                    + " file is not read; ask the bank to send it again");
        }

        private void assertUnreadable(Path file, String reason) {
            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableBankFileException.class)
                    .hasMessage(reason);
        }
    }

    /** Writes a test file and checks it against its message's official schema first. */
    private Path valid(String name, String xml) throws Exception {
        Path file = Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
        BankMessageSchemas.validate(file, xml);
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
