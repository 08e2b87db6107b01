package org.refundbatch.payout;

import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.refundbatch.ledger.RunSummary.Totals;

/**
 * The bar chart of the refunded amount per rule, beside the Summary tables. It is drawn on the streamed sheet's
 * underlying {@link XSSFSheet}; its values are cached in the chart and point at the per-rule table's cells.
 */
final class RuleChart {

    static final String TITLE = "Refunded amount per rule (EUR)";
    /** Columns F to N, from the Run section down past the per-rule table. */
    private static final int FIRST_COLUMN = 5;
    private static final int LAST_COLUMN = 14;
    private static final int FIRST_ROW = 3;
    private static final int LAST_ROW = 24;

    private RuleChart() {
    }

    /** @param firstRow the row of the per-rule table's first rule, its code in column A, amount in column D */
    static void draw(XSSFSheet sheet, int firstRow, Map<String, Totals> perRule) {
        String[] rules = perRule.keySet().toArray(String[]::new);
        Double[] amounts = perRule.values().stream().map(t -> t.refundAmount().doubleValue()).toArray(Double[]::new);
        int lastRow = firstRow + rules.length - 1;

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, FIRST_COLUMN, FIRST_ROW, LAST_COLUMN, LAST_ROW);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);
        XDDFRunProperties titleFont = chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties();
        titleFont.setFontSize(12.0);
        titleFont.setBold(true);

        // horizontal bars, the first rule on top, so the rule codes read without turning the head
        XDDFCategoryAxis ruleAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        ruleAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis amountAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        amountAxis.setCrosses(AxisCrosses.MAX);
        amountAxis.setNumberFormat("#,##0");
        double largest = perRule.values().stream().mapToDouble(t -> t.refundAmount().doubleValue()).max().orElse(0);
        if (largest > 0) {
            amountAxis.setMaximum(roomForLabels(largest));
        }

        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(rules,
                new CellRangeAddress(firstRow, lastRow, 0, 0).formatAsString(sheet.getSheetName(), true));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(amounts,
                new CellRangeAddress(firstRow, lastRow, 3, 3).formatAsString(sheet.getSheetName(), true));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, ruleAxis, amountAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        bars.setGapWidth(60);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(categories, values);
        series.setTitle("Refund amount", null);
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0x1F, (byte) 0x4E,
                (byte) 0x79})));
        series.setShapeProperties(fill);
        showAmounts(series.getCTBarSer().addNewDLbls());
        chart.plot(bars);
    }

    /** A round axis maximum a fifth above the largest bar, so the amount written beside it stays in the chart. */
    static double roomForLabels(double largest) {
        double step = Math.pow(10, Math.floor(Math.log10(largest * 1.2)));
        return Math.ceil(largest * 1.2 / step * 2) / 2 * step;
    }

    /** Writes each bar's amount beside it. */
    private static void showAmounts(CTDLbls labels) {
        labels.addNewNumFmt().setFormatCode(ReportStyles.AMOUNT_FORMAT);
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
