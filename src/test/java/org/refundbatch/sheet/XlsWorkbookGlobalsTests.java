package org.refundbatch.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.StandardRecord;
import org.junit.jupiter.api.Test;

/** What the records before the first sheet of an {@code .xls} file say about its cell styles. */
class XlsWorkbookGlobalsTests {

    @Test
    void aFormatRecordForABuiltInIndexIsTheFormatTheFileMeans() {
        ExtendedFormatRecord style = new ExtendedFormatRecord();
        style.setFormatIndex((short) 1); // built in: "0"

        XlsWorkbookGlobals globals = XlsWorkbookGlobals.read(records(workbookBof(), new FormatRecord(1, "0000000"),
                style, EOFRecord.instance));

        assertThat(globals.styles().zeroPaddedWidth(0)).isEqualTo(7);
    }

    @Test
    void aStyleTheFileDoesNotHaveIsNoStyle() {
        ExtendedFormatRecord style = new ExtendedFormatRecord();
        style.setFormatIndex((short) 14); // built in: a date

        XlsWorkbookGlobals globals = XlsWorkbookGlobals.read(records(workbookBof(), style, EOFRecord.instance));

        assertThat(globals.styles().isDate(0)).isTrue();
        assertThat(globals.styles().isDate(1)).isFalse();
    }

    private static BOFRecord workbookBof() {
        BOFRecord bof = new BOFRecord();
        bof.setVersion(BOFRecord.VERSION);
        bof.setType(BOFRecord.TYPE_WORKBOOK);
        bof.setBuild(0x10d3);
        bof.setBuildYear(1996);
        bof.setHistoryBitMask(0x41);
        bof.setRequiredVersion(6);
        return bof;
    }

    private static RecordFactoryInputStream records(StandardRecord... records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (StandardRecord record : records) {
            bytes.writeBytes(record.serialize());
        }
        return new RecordFactoryInputStream(new ByteArrayInputStream(bytes.toByteArray()), false);
    }
}
