package org.refundbatch.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The workbook globals of an {@code .xls} (BIFF8) file, the records before the first sheet: the
 * shared string table, the number formats and cell styles (to tell dates and zero-padded numbers), the
 * date system and the list of sheets with their visibility.
 *
 * <p>POI's {@code FormatTrackingHSSFListener} follows the same FORMAT and XF records but does not serve here: it
 * takes the built-in format for an index below 50 even where the file has a FORMAT record of its own for it, it
 * throws for a cell whose XF index the file lacks (read here as a number without style), and it looks a cell's
 * format up per cell, where {@link CellStyles} works out each style once.
 */
final class XlsWorkbookGlobals {

    private final SSTRecord strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final boolean[] visibleInStreamOrder;
    private final String[] namesInStreamOrder;

    private XlsWorkbookGlobals(SSTRecord strings, CellStyles styles, boolean date1904,
            boolean[] visibleInStreamOrder, String[] namesInStreamOrder) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.visibleInStreamOrder = visibleInStreamOrder;
        this.namesInStreamOrder = namesInStreamOrder;
    }

    /** Reads the globals, up to and including their EOF record. */
    static XlsWorkbookGlobals read(RecordFactoryInputStream records) {
        Record first = records.nextRecord();
        if (!(first instanceof BOFRecord bof) || bof.getType() != BOFRecord.TYPE_WORKBOOK) {
            throw new IllegalStateException("the workbook stream does not start with workbook globals");
        }
        SSTRecord strings = null;
        boolean date1904 = false;
        Map<Integer, String> formats = new HashMap<>();
        int[] styleFormats = new int[64];
        int styles = 0;
        List<BoundSheetRecord> sheets = new ArrayList<>();
        for (Record record = records.nextRecord(); record != null && !(record instanceof EOFRecord);
                record = records.nextRecord()) {
            if (record instanceof SSTRecord sst) {
                strings = sst;
            } else if (record instanceof FormatRecord format) {
                formats.put(format.getIndexCode(), format.getFormatString());
            } else if (record instanceof ExtendedFormatRecord style) {
                if (styles == styleFormats.length) {
                    styleFormats = Arrays.copyOf(styleFormats, styles * 2);
                }
                styleFormats[styles++] = style.getFormatIndex();
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            } else if (record instanceof BoundSheetRecord sheet) {
                sheets.add(sheet);
            }
        }
        CellStyles cellStyles = CellStyles.of(Arrays.copyOf(styleFormats, styles),
                index -> formats.getOrDefault(index, BuiltinFormats.getBuiltinFormat(index)));
        BoundSheetRecord[] inStreamOrder = BoundSheetRecord.orderByBofPosition(sheets);
        boolean[] visible = new boolean[inStreamOrder.length];
        String[] names = new String[inStreamOrder.length];
        for (int i = 0; i < visible.length; i++) {
            visible[i] = !inStreamOrder[i].isHidden() && !inStreamOrder[i].isVeryHidden();
            names[i] = inStreamOrder[i].getSheetname();
        }
        return new XlsWorkbookGlobals(strings, cellStyles, date1904, visible, names);
    }

    /** The text of shared string {@code index}. */
    String string(int index) {
        if (strings == null || index < 0 || index >= strings.getNumUniqueStrings()) {
            throw new IllegalStateException("shared string " + index + " does not exist");
        }
        return strings.getString(index).getString();
    }

    CellStyles styles() {
        return styles;
    }

    boolean date1904() {
        return date1904;
    }

    /** For each sheet substream, in the order they follow the globals: true when its tab is visible. */
    boolean[] visibleInStreamOrder() {
        return visibleInStreamOrder.clone();
    }

    /** The name on the tab of each sheet substream, in the order they follow the globals. */
    String sheetName(int inStreamOrder) {
        return namesInStreamOrder[inStreamOrder];
    }
}
