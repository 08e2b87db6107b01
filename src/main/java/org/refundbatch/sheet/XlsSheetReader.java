package org.refundbatch.sheet;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.util.IOUtils;

/**
 * Reads the first visible worksheet of an {@code .xls} (Excel 97-2003, BIFF8) workbook, pulling one
 * record at a time from the workbook stream: the sheet is never built in memory.
 *
 * <p>Cells are read as stored, like {@link XlsxSheetReader} does: a formula by its cached result
 * (a text result follows the formula in a STRING record), numbers without float noise, numbers with
 * a date format as dates in the workbook's date system, whole numbers with a format such as
 * {@code 0000000} as the digits shown. RK and MulRK records reach this reader as
 * number records ({@link RecordFactoryInputStream} expands them); BLANK and MULBLANK records hold no
 * value and leave their cells blank. Hidden rows are read like any other.
 */
public final class XlsSheetReader extends WorkbookSheetReader {

    private final POIFSFileSystem fileSystem;
    private final RecordFactoryInputStream records;
    private final XlsWorkbookGlobals globals;
    private final String sheetName;
    private Record pending;
    private int row = -1;
    private int formulaColumn = -1;

    public XlsSheetReader(Path file, String fileName) {
        this(file, fileName, SheetLimits.DEFAULTS);
    }

    public XlsSheetReader(Path file, String fileName, SheetLimits limits) {
        super(fileName, limits);
        POIFSFileSystem opened = null;
        try {
            opened = new POIFSFileSystem(file.toFile(), true);
            String entry = workbookEntry(opened, fileName);
            var workbookStream = opened.createDocumentInputStream(entry);
            if (workbookStream.available() > limits.partSize().toBytes()) {
                throw SheetLimits.exceeded(fileName, "the workbook stream has", limits.partSize().toBytes(), "bytes",
                        "part-size");
            }
            this.records = new RecordFactoryInputStream(workbookStream, false);
            this.globals = XlsWorkbookGlobals.read(records);
            int sheet = openFirstVisibleWorksheet();
            if (sheet < 0) {
                throw noVisibleWorksheet(fileName);
            }
            this.sheetName = globals.sheetName(sheet);
            this.fileSystem = opened;
        } catch (UnreadableSheetException e) {
            IOUtils.closeQuietly(opened);
            throw e;
        } catch (EncryptedDocumentException e) {
            IOUtils.closeQuietly(opened);
            throw new UnreadableSheetException(fileName + ": " + SheetProblems.PASSWORD_PROTECTED, e);
        } catch (OldExcelFormatException e) {
            IOUtils.closeQuietly(opened);
            throw new UnreadableSheetException(fileName + ": saved in the Excel 5.0/95 format, which this program"
                    + " does not read; save it as 'Excel Workbook (.xlsx)'", e);
        } catch (Exception e) {
            IOUtils.closeQuietly(opened);
            throw new UnreadableSheetException(fileName + ": "
                    + SheetProblems.damagedFile(SheetProblems.rootMessage(e)), e);
        }
    }

    /** The name of the workbook stream in the OLE2 file; an OLE2 file may as well be a Word document. */
    private static String workbookEntry(POIFSFileSystem fileSystem, String fileName) {
        try {
            return HSSFWorkbook.getWorkbookDirEntryName(fileSystem.getRoot());
        } catch (IllegalArgumentException e) {
            String what = fileSystem.getRoot().hasEntryCaseInsensitive("WordDocument") ? "a Word document"
                    : "an Office file without a workbook";
            throw new UnreadableSheetException(fileName + ": " + SheetProblems.notAWorkbook(what), e);
        }
    }

    /**
     * Moves past the substreams before the first visible worksheet; returns its place among the sheet
     * substreams, or -1 when there is none. Sheet
     * substreams follow the globals in tab order in every file Excel writes; chart sheets are passed
     * over by the type in their BOF record.
     */
    private int openFirstVisibleWorksheet() {
        boolean[] visible = globals.visibleInStreamOrder();
        for (int i = 0; i < visible.length; i++) {
            Record record = records.nextRecord();
            while (record != null && !(record instanceof BOFRecord)) {
                record = records.nextRecord();
            }
            if (record == null) {
                return -1;
            }
            if (visible[i] && ((BOFRecord) record).getType() == BOFRecord.TYPE_WORKSHEET) {
                return i;
            }
            skipSubstream();
        }
        return -1;
    }

    /** Skips to the EOF record that closes the substream whose BOF was just read. */
    private void skipSubstream() {
        int depth = 1;
        while (depth > 0) {
            Record record = records.nextRecord();
            if (record == null) {
                return;
            }
            if (record instanceof BOFRecord) {
                depth++;
            } else if (record instanceof EOFRecord) {
                depth--;
            }
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    SheetRow readNext() {
        Record record;
        while ((record = pending != null ? pending : records.nextRecord()) != null) {
            pending = null;
            if (record instanceof EOFRecord) {
                break;
            }
            if (record instanceof BOFRecord) {
                skipSubstream(); // a chart embedded in the sheet
            } else if (record instanceof StringRecord text) {
                if (formulaColumn >= 0) {
                    cells.put(formulaColumn, SheetCell.text(text.getString()));
                    formulaColumn = -1;
                }
            } else if (record instanceof CellValueRecordInterface cell) {
                if (row >= 0 && cell.getRow() != row) {
                    pending = record;
                    SheetRow done = finishRow();
                    if (done != null) {
                        return done;
                    }
                    continue;
                }
                row = cell.getRow();
                read(record, cell.getColumn(), cell.getXFIndex());
            }
        }
        return end(finishRow());
    }

    @Override
    String position() {
        return " row " + (row + 1);
    }

    private SheetRow finishRow() {
        SheetRow done = row < 0 ? null : cells.finish(row + 1);
        if (done != null) {
            countRow();
            requireColumns(done.number(), done.cells().size());
        }
        row = -1;
        formulaColumn = -1;
        return done;
    }

    private void read(Record record, int column, int style) {
        if (record instanceof NumberRecord number) {
            cells.put(column, number(number.getValue(), style));
        } else if (record instanceof LabelSSTRecord label) {
            cells.put(column, SheetCell.text(globals.string(label.getSSTIndex())));
        } else if (record instanceof FormulaRecord formula) {
            readFormula(formula, column, style);
        } else if (record instanceof BoolErrRecord boolErr) {
            cells.put(column, boolErr.isBoolean() ? bool(boolErr.getBooleanValue()) : error(boolErr.getErrorValue()));
        } else if (record instanceof LabelRecord label) {
            cells.put(column, SheetCell.text(label.getValue()));
        }
    }

    private void readFormula(FormulaRecord formula, int column, int style) {
        switch (formula.getCachedResultTypeEnum()) {
            case NUMERIC -> cells.put(column, number(formula.getValue(), style));
            case BOOLEAN -> cells.put(column, bool(formula.getCachedBooleanValue()));
            case ERROR -> cells.put(column, error(formula.getCachedErrorValue()));
            default -> {
                if (formula.hasCachedResultString()) {
                    formulaColumn = column; // the text comes in the STRING record that follows
                } else {
                    cells.put(column, SheetCell.BLANK);
                }
            }
        }
    }

    private SheetCell number(double value, int style) {
        CellStyles styles = globals.styles();
        return styles.isDate(style) ? ExcelValues.date(value, globals.date1904())
                : ExcelValues.padded(ExcelValues.number(value), styles.zeroPaddedWidth(style));
    }

    private static SheetCell bool(boolean value) {
        return new SheetCell(SheetCell.Kind.BOOLEAN, value ? "TRUE" : "FALSE");
    }

    private static SheetCell error(int code) {
        String text;
        try {
            text = FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            text = "#ERROR!";
        }
        return new SheetCell(SheetCell.Kind.ERROR, text);
    }

    @Override
    void closeFile() throws IOException {
        fileSystem.close();
    }
}
