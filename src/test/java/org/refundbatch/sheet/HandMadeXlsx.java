package org.refundbatch.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds an {@code .xlsx} file part by part, for the XML that Excel and other programs write but POI's
 * own writer never does (inline rich text, rows without {@code r}, ISO date cells, prefixes).
 */
final class HandMadeXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private String workbookProperties = "";
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles;

    /** A visible sheet with this {@code <sheetData>} content. */
    HandMadeXlsx sheet(String name, String sheetData) {
        return sheet(name, null, sheetData);
    }

    HandMadeXlsx sheet(String name, String state, String sheetData) {
        sheets.put(name + (state == null ? "" : "\u0000" + state), "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + sheetData + "</sheetData></worksheet>");
        return this;
    }

    /** A sheet part written exactly as given. */
    HandMadeXlsx rawSheet(String name, String xml) {
        sheets.put(name, xml);
        return this;
    }

    HandMadeXlsx date1904() {
        workbookProperties = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    /** Shared strings, each given as the content of an {@code <si>}. */
    HandMadeXlsx sharedStrings(String... items) {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"" + MAIN + "\" uniqueCount=\"" + items.length + "\">");
        for (String item : items) {
            xml.append("<si>").append(item).append("</si>");
        }
        sharedStrings = xml.append("</sst>").toString();
        return this;
    }

    /** Cell styles: style {@code i} has number format id {@code numberFormats[i]}; 164 is {@code dd/mm/yyyy}. */
    HandMadeXlsx styles(int... numberFormats) {
        StringBuilder xml = new StringBuilder("<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                + "<cellXfs count=\"" + numberFormats.length + "\">");
        for (int format : numberFormats) {
            xml.append("<xf numFmtId=\"").append(format).append("\" applyNumberFormat=\"1\"/>");
        }
        styles = xml.append("</cellXfs></styleSheet>").toString();
        return this;
    }

    Path writeTo(Path file) throws IOException {
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
                + workbookProperties + "<sheets>");
        StringBuilder relationships = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            int n = 0;
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                n++;
                String[] nameAndState = sheet.getKey().split("\u0000");
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"").append(nameAndState[0]).append("\" sheetId=\"").append(n)
                        .append(nameAndState.length > 1 ? "\" state=\"" + nameAndState[1] : "")
                        .append("\" r:id=\"rId").append(n).append("\"/>");
                relationships.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(RELATIONSHIPS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
                put(zip, "xl/worksheets/sheet" + n + ".xml", sheet.getValue());
            }
            if (sharedStrings != null) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
                relationships.append("<Relationship Id=\"rIdStrings\" Type=\"").append(RELATIONSHIPS)
                        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles != null) {
                types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
                relationships.append("<Relationship Id=\"rIdStyles\" Type=\"").append(RELATIONSHIPS)
                        .append("/styles\" Target=\"styles.xml\"/>");
                put(zip, "xl/styles.xml", styles);
            }
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", relationships.append("</Relationships>").toString());
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
