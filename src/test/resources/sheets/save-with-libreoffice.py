"""Opens an .fods in LibreOffice Calc, hides the sheet 'Lookups', recalculates and saves it as .xlsx and .xls.

Usage: /usr/bin/python3 save-with-libreoffice.py <file.fods> <output folder>
(needs libreoffice-calc and python3-uno; the sheet is hidden here because Calc does not take
the hidden state from an .fods it converts headless)
"""
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


source, folder = sys.argv[1], sys.argv[2]
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                           "--accept=socket,host=127.0.0.1,port=2002;urp;"])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(60):
    try:
        ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2002;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(1)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, ())
doc.CurrentController.setActiveSheet(doc.Sheets.getByName("Stopzettingen"))
doc.Sheets.getByName("Lookups").IsVisible = False
doc.calculateAll()
name = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
doc.storeToURL(uno.systemPathToFileUrl(f"{folder}/{name}.xlsx"), (prop("FilterName", "Calc MS Excel 2007 XML"),))
doc.storeToURL(uno.systemPathToFileUrl(f"{folder}/{name}.xls"), (prop("FilterName", "MS Excel 97"),))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
