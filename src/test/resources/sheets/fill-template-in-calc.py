"""Opens the withdrawal template (java -jar refund-batch.jar --template=...) in LibreOffice Calc, types the rows of
a .typed.tsv into its data sheet from row 2, as a Belgian user does (see type-in-calc.py), and saves it as Calc
saves an .xlsx.

Usage: /usr/bin/python3 fill-template-in-calc.py <template.xlsx> <rows.typed.tsv> <output.xlsx>
(the .typed.tsv holds the rows only, no header: the template has it; needs libreoffice-calc and python3-uno)
"""
import importlib.util
import os
import signal
import subprocess
import sys
import tempfile

import uno

spec = importlib.util.spec_from_file_location("type_in_calc", os.path.join(os.path.dirname(__file__),
                                                                          "type-in-calc.py"))
calc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(calc)


def main():
    template, typed, target = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    _, _, _, rows = calc.read_typed(typed)
    profile = tempfile.mkdtemp(prefix="fill-template-")
    calc.belgian_profile(profile)
    pipe = f"filltemplate{os.getpid()}"
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
                               f"--accept=pipe,name={pipe};urp;"], start_new_session=True)
    try:
        ctx = calc.connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(template)), "_blank", 0,
                                           (calc.prop("Hidden", True),))
        dispatcher = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        frame = doc.CurrentController.Frame
        doc.CurrentController.setActiveSheet(doc.Sheets.getByIndex(0))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells or []):
                if value == "":
                    continue
                address = f"${chr(ord('A') + c)}${r + 2}"
                dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (calc.prop("ToPoint", address),))
                dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (calc.prop("StringName", value),))
        doc.storeToURL(uno.systemPathToFileUrl(target), (calc.prop("FilterName", "Calc MS Excel 2007 XML"),))
        print("saved", target)
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            os.killpg(office.pid, signal.SIGKILL)
        subprocess.run(["rm", "-rf", profile], check=False)


if __name__ == "__main__":
    main()
