"""Types a withdrawal sheet into LibreOffice Calc as a Belgian user does, then saves it as Calc saves it.

Usage: /usr/bin/python3 type-in-calc.py <name.typed.tsv> <output folder> <format>...
  formats: fods, ods, xlsx, xls, csv (Belgian: ';', Windows-1252, cells as shown); the files are called
  <name>.<format>.

The .typed.tsv file holds what the user types, cell by cell: one line per row, cells separated by tabs,
UTF-8. Each cell goes through Calc's own input (as if typed and confirmed with Enter), so Calc decides
what it is: '3/11/2026' becomes a date cell shown as 03/11/26, '€ 1.116,00' a number with a currency
format, '=NA()' a formula with its error. An empty line leaves the row blank; lines starting with '#'
are comments; '!text A,H' formats those columns as Text before anything is typed (as people do for
student numbers with leading zeros); '!format F DD/MM/YYYY' gives column F that number format once
everything is typed (Format Cells, in the English notation); '!sheet Name' names the sheet.

Calc runs with the nl-BE locale (decimal comma, day-first dates, DD/MM/YY as its default date format)
and, as no Dutch language pack is installed, English function names (SUM). Needs libreoffice-calc and python3-uno.
"""
import os
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale

FILTERS = {
    "fods": ("OpenDocument Spreadsheet Flat XML", None),
    "ods": ("calc8", None),
    "xlsx": ("Calc MS Excel 2007 XML", None),
    "xls": ("MS Excel 97", None),
    # separator ';', quote '"', Windows-1252, from line 1, standard cell format, default language, quoted
    # text not forced to text, no special-number detection, cells saved as shown, no formulas, no trimming
    "csv": ("Text - txt - csv (StarCalc)", "59,34,1,1,,0,false,false,true,false,false"),
}


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def read_typed(path):
    """The sheet name, the text-formatted columns, the column formats and the rows (None for a blank row)."""
    sheet, text_columns, formats, rows = "Stopzettingen", [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("#"):
                continue
            if line.startswith("!sheet "):
                sheet = line[len("!sheet "):].strip()
            elif line.startswith("!text "):
                text_columns = [ord(c.strip()) - ord("A") for c in line[len("!text "):].split(",")]
            elif line.startswith("!format "):
                column, code = line[len("!format "):].split(" ", 1)
                formats.append((ord(column.strip()) - ord("A"), code.strip()))
            else:
                rows.append(line.split("\t") if line else None)
    return sheet, text_columns, formats, rows


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def belgian_profile(profile):
    """A user profile set to nl-BE before Calc starts: the default date format is taken at start-up."""
    settings = (("/org.openoffice.Setup/L10N", "ooSetupSystemLocale"), ("/org.openoffice.Setup/L10N", "ooLocale"),
                ("/org.openoffice.Office.Linguistic/General", "DefaultLocale"))
    items = "".join(f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>nl-BE</value></prop></item>'
                    for path, name in settings)
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry"'
                ' xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                + items + "</oor:items>")


def type_sheet(ctx, doc, sheet_name, text_columns, column_formats, rows):
    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = sheet_name
    formats = doc.NumberFormats
    text_format = formats.queryKey("@", Locale("nl", "BE", ""), False)
    if text_format == -1:
        text_format = formats.addNew("@", Locale("nl", "BE", ""))
    for column in text_columns:
        sheet.Columns.getByIndex(column).NumberFormat = text_format
    dispatcher = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    frame = doc.CurrentController.Frame
    for r, cells in enumerate(rows):
        for c, typed in enumerate(cells or []):
            if typed == "":
                continue
            address = f"${chr(ord('A') + c)}${r + 1}"
            dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", address),))
            dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", typed),))
    english = Locale("en", "US", "")
    for column, code in column_formats:
        key = formats.queryKey(code, english, False)
        if key == -1:
            key = formats.addNew(code, english)
        sheet.Columns.getByIndex(column).NumberFormat = key


def save(doc, folder, name, fmt):
    filter_name, options = FILTERS[fmt]
    args = [prop("FilterName", filter_name)]
    if options:
        args.append(prop("FilterOptions", options))
    target = os.path.abspath(os.path.join(folder, f"{name}.{fmt}"))
    doc.storeToURL(uno.systemPathToFileUrl(target), tuple(args))
    print("saved", target)


def main():
    source, folder, formats = sys.argv[1], sys.argv[2], sys.argv[3:]
    name = os.path.basename(source).removesuffix(".tsv").removesuffix(".typed")
    sheet_name, text_columns, column_formats, rows = read_typed(source)
    profile = tempfile.mkdtemp(prefix="type-in-calc-")
    belgian_profile(profile)
    pipe = f"typeincalc{os.getpid()}"
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
                               f"--accept=pipe,name={pipe};urp;"], start_new_session=True)
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
        type_sheet(ctx, doc, sheet_name, text_columns, column_formats, rows)
        doc.calculateAll()
        for fmt in formats:
            save(doc, folder, name, fmt)
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            os.killpg(office.pid, signal.SIGKILL)  # soffice and the soffice.bin it started
        subprocess.run(["rm", "-rf", profile], check=False)


if __name__ == "__main__":
    main()
