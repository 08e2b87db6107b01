#!/usr/bin/env python3
"""Arithmetic for scripts/benchmark.sh: medians, min/max and ratios to the floor, from its results.tsv.

Each job run is paired with the floor run made right after it, so a ratio compares two measurements
taken under the same load; the ratio printed is the median of the per-run ratios.
"""
import statistics
import sys
from collections import defaultdict

TODAY = ["read_ms", "db-insert_ms", "db-read_ms", "db-close_ms", "csv-out_ms"]
LATER = ["xlsx-out_ms", "xml-out_ms"]

values = defaultdict(dict)  # (size, format) -> {(kind, metric): {run: value}}
for line in open(sys.argv[1]):
    size, fmt, run, kind, metric, value = line.rstrip("\n").split("\t")
    if value:
        values[(int(size), fmt)].setdefault((kind, metric), {})[int(run)] = float(value)


def spread(runs, scale=1000.0, unit="s"):
    if not runs:
        return "-"
    xs = [v / scale for v in runs.values()]
    return f"{statistics.median(xs):7.2f} {unit} ({min(xs):.2f}-{max(xs):.2f})"


def ratio(top, bottom):
    pairs = [top[r] / bottom[r] for r in top if r in bottom and bottom[r] > 0]
    return f"{statistics.median(pairs):5.2f}x" if pairs else "  -  "


def total(m, keys):
    runs = set.intersection(*[set(m.get(("floor", k), {})) for k in keys]) if keys else set()
    return {r: sum(m[("floor", k)][r] for k in keys) for r in runs}


print("\n== summary: medians of the runs (min-max); ratios are medians of job/floor, run by run")
for (size, fmt), m in sorted(values.items()):
    job = lambda metric: m.get(("job", metric), {})
    floor = lambda metric: m.get(("floor", metric), {})
    ok = job("ok")
    wall = job("wall_ms")
    print(f"\n-- {size:,} rows, .{fmt}: {int(sum(ok.values()))} of {len(ok)} runs correct")
    if wall:
        rate = {r: size / (w / 1000) for r, w in wall.items()}
        print(f"  job wall          {spread(wall)}   {statistics.median(rate.values()):9,.0f} rows/s")
    print(f"  job peak RSS      {spread(job('rss_kb'), 1024, 'MB')}   anonymous {spread(job('anon_kb'), 1024, 'MB')}")
    print(f"  job CPU time      {spread(job('cpu_ms'))}   (user + sys of the process, start-up included)")
    print(f"  start-up (Boot)   {spread(job('startup_ms'))}")
    print(f"  job (repository)  {spread(job('job_ms'))}")
    for step in ("stageInbox", "intake", "exportFiles"):
        print(f"    step {step:12s} {spread(job(f'step_{step}_ms'))}")
    for stage in TODAY + LATER:
        print(f"  floor {stage[:-3]:11s} {spread(floor(stage))}")
    today, whole = total(m, TODAY), total(m, TODAY + LATER)
    cpu_today = total(m, ["cpu-read_ms", "cpu-ledger_ms", "cpu-csv_ms"])
    print(f"  FLOOR of today's outputs (read + db + csv)   {spread(today)}   CPU {spread(cpu_today)}")
    print(f"  FLOOR of every output (+ workbook + pain.001) {spread(whole)}")
    intake_floor = total(m, ["read_ms", "db-insert_ms"])
    export_floor = total(m, ["db-read_ms", "csv-out_ms"])
    good = lambda metric: {r: v for r, v in job(metric).items() if ok.get(r)}  # only a correct run compares
    if not good("wall_ms"):
        print("  ratios: none, no run was correct")
        continue
    print(f"  ratios: wall/floor {ratio(good('wall_ms'), today)}   job/floor {ratio(good('job_ms'), today)}"
          f"   intake/(read+insert) {ratio(good('step_intake_ms'), intake_floor)}"
          f"   export/(db-read+csv) {ratio(good('step_exportFiles_ms'), export_floor)}"
          f"   wall/floor-of-every-output {ratio(good('wall_ms'), whole)}"
          f"   CPU/floor CPU {ratio(good('cpu_ms'), cpu_today)}")
