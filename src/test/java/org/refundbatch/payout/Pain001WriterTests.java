package org.refundbatch.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refundbatch.payout.RefundFixtures.UNIVERSITY;
import static org.refundbatch.payout.RefundFixtures.payable;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.refundbatch.ledger.RefundRecord;
import org.refundbatch.policy.RefundRule;
import org.refundbatch.policy.RefundStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class Pain001WriterTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T21:15:03Z"), ZoneId.of("Europe/Brussels"));
    static final LocalDate EXECUTION = LocalDate.of(2026, 12, 1);

    static final List<RefundRecord> REFUNDS = List.of(
            payable("R2026113000001", "Müller-Lüdenscheidt", "Jörg", "1116.00", "BE71 0961 2345 6769", "GKCCBEBB"),
            payable("R2026113000002", "Łukasiewicz", "Zoë", "193.20", "NL91ABNA0417164300", null),
            payable("R2026113000003", "Østergård", "Søren Æbelø", "0.01", "DE89370400440532013000", "COBADEFFXXX"),
            payable("R2026113000004", "Straße & Söhne", "Renée \"Ré\" D’Hondt", "999999999.99",
                    "FR1420041010050500013M02606", null),
            payable("R2026113000005", "王", "Wei 伟", "12.5", "be68539007547034", ""));
    static final BigDecimal SUM = new BigDecimal("1000001321.70");

    @TempDir
    Path outbox;

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void writesAFileValidAgainstTheOfficialSchema(Pain001Version version) throws Exception {
        Path file = write(new Pain001Writer(UNIVERSITY, version, CLOCK), REFUNDS.size(), SUM);

        validate(file, version);
        Document xml = parse(file);
        assertThat(text(xml, "NbOfTxs")).containsExactly("5", "5");
        assertThat(text(xml, "CtrlSum")).containsExactly("1000001321.70", "1000001321.70");
        assertThat(text(xml, "CreDtTm")).containsExactly("2026-11-30T22:15:03");
        assertThat(text(xml, "MsgId")).containsExactly("RB-20261130-01");
        assertThat(text(xml, "PmtMtd")).containsExactly("TRF");
        assertThat(text(xml, "ChrgBr")).containsExactly("SLEV");
        assertThat(text(xml, "Cd")).containsExactly("SEPA");
        assertThat(text(xml, "EndToEndId")).containsExactly("R2026113000001", "R2026113000002",
                "R2026113000003", "R2026113000004", "R2026113000005");
        assertThat(text(xml, "InstdAmt")).containsExactly("1116.00", "193.20", "0.01", "999999999.99", "12.50");
        assertThat(attributes(xml, "InstdAmt", "Ccy")).containsOnly("EUR");
        assertThat(text(xml, "IBAN")).containsExactly("BE68539007547034", "BE71096123456769",
                "NL91ABNA0417164300", "DE89370400440532013000", "FR1420041010050500013M02606", "BE68539007547034");
        assertThat(text(xml, "Ustrd").get(0)).isEqualTo("Terugbetaling inschrijvingsgeld MC-DATA 2026-2027 "
                + REFUNDS.get(0).studentId());
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void transliteratesCreditorNamesToTheSepaCharacterSet(Pain001Version version) throws Exception {
        Document xml = parse(write(new Pain001Writer(UNIVERSITY, version, CLOCK), REFUNDS.size(), SUM));

        List<String> names = text(xml, "Nm");
        assertThat(names).containsExactly("Universiteit Antwerpen", "Universiteit Antwerpen",
                "Muller-Ludenscheidt Jorg", "Lukasiewicz Zoe", "Ostergard Soren AEbelo",
                "Strasse Sohne Renee Re D'Hondt", "wang Wei wei");
        assertThat(allText(xml.getDocumentElement())).allMatch(SepaText::isSepa);
    }

    @Test
    void version09PutsTheExecutionDateInDtAndBicsInBicfi() throws Exception {
        Document xml = parse(write(new Pain001Writer(UNIVERSITY, CLOCK), REFUNDS.size(), SUM));

        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
        assertThat(text(xml, "Dt")).containsExactly("2026-12-01");
        assertThat(text(xml, "BICFI")).containsExactly("GEBABEBB", "GKCCBEBB", "COBADEFFXXX");
        assertThat(text(xml, "BIC")).isEmpty();
    }

    @Test
    void version03HasTheExecutionDateAsADateAndBicsInBic() throws Exception {
        Document xml = parse(write(new Pain001Writer(UNIVERSITY, Pain001Version.PAIN_001_001_03, CLOCK),
                REFUNDS.size(), SUM));

        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
        assertThat(text(xml, "ReqdExctnDt")).containsExactly("2026-12-01");
        assertThat(text(xml, "BIC")).containsExactly("GEBABEBB", "GKCCBEBB", "COBADEFFXXX");
        assertThat(text(xml, "CdtrAgt")).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void saysNotProvidedForADebtorBankWithoutBic(Pain001Version version) throws Exception {
        Debtor noBic = new Debtor("Universiteit Antwerpen", "BE68539007547034", " ", null);

        Path file = write(new Pain001Writer(noBic, version, CLOCK), REFUNDS.size(), SUM);

        validate(file, version);
        assertThat(text(parse(file), "Id")).contains("NOTPROVIDED");
    }

    @Test
    void cutsLongNamesTo70AndTheRemittanceTo140Characters() throws Exception {
        RefundRecord refund = RefundFixtures.refundBuilder("R1", "Van den Bossche-".repeat(6), "Marie", RefundRule.FULL,
                new BigDecimal("10.00"), RefundStatus.PAYABLE, "BE68539007547034", null)
                .studentId("S".repeat(64)).microCredential("M".repeat(64)).reference(null).sourceFile("f.csv")
                .build();
        Path file = outbox.resolve("long.xml");

        new Pain001Writer(UNIVERSITY, CLOCK).write(file, header(1, "10.00"), Stream.of(refund));

        validate(file, Pain001Version.PAIN_001_001_09);
        Document xml = parse(file);
        assertThat(text(xml, "Nm").get(2)).hasSizeLessThanOrEqualTo(70).startsWith("Van den Bossche-Van");
        assertThat(text(xml, "Ustrd").get(0)).hasSize(140).startsWith("Terugbetaling inschrijvingsgeld MMM");
    }

    @Test
    void writesNoFileWhenNothingIsPayableBecausePain001NeedsATransaction() throws IOException {
        Path target = outbox.resolve(Pain001Writer.fileName(RefundFixtures.RUN_DATE));
        Files.writeString(target, "left by an earlier attempt");

        var written = new Pain001Writer(UNIVERSITY, CLOCK).write(target, header(0, "0"), Stream.empty());

        assertThat(written).isEmpty();
        assertThat(outbox).isEmptyDirectory();
    }

    @Test
    void namesTheFileAfterTheRunDate() {
        assertThat(Pain001Writer.fileName(LocalDate.of(2026, 11, 30))).isEqualTo("reimbursements-2026-11-30.xml");
    }

    @Test
    void readsTheVersionAsFinanceWritesIt() {
        assertThat(Pain001Version.of("pain.001.001.03")).isEqualTo(Pain001Version.PAIN_001_001_03);
        assertThat(Pain001Version.of("09")).isEqualTo(Pain001Version.PAIN_001_001_09);
        assertThat(Pain001Version.of("PAIN_001_001_09")).isEqualTo(Pain001Version.PAIN_001_001_09);
    }

    private Path write(Pain001Writer writer, int count, BigDecimal sum) throws IOException {
        Path target = outbox.resolve("reimbursements-2026-11-30.xml");
        assertThat(writer.write(target, new Pain001Header("RB-20261130-01", EXECUTION, count, sum),
                REFUNDS.iterator())).contains(target);
        return target;
    }

    static Pain001Header header(long count, String sum) {
        return new Pain001Header("RB-20261130-01", EXECUTION, count, new BigDecimal(sum));
    }

    static void validate(Path file, Pain001Version version) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Pain001WriterTests.class.getResource("/" + version.messageName() + ".xsd"));
        schema.newValidator().validate(new StreamSource(file.toFile()));
    }

    static Document parse(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static List<String> text(Document xml, String element) {
        NodeList nodes = xml.getElementsByTagNameNS("*", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static List<String> attributes(Document xml, String element, String attribute) {
        NodeList nodes = xml.getElementsByTagNameNS("*", element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private static List<String> allText(Element root) {
        NodeList nodes = root.getElementsByTagName("*");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getChildNodes().getLength() == 1) {
                texts.add(nodes.item(i).getTextContent());
            }
        }
        return texts;
    }
}
