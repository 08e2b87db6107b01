#!/usr/bin/env python3
"""Arithmetic for scripts/benchmark.sh: medians, min/max and ratios to the floor, from its results.tsv.

Each job run is paired with the floor run made right after it, so a ratio compares two measurements
taken under the same load; the ratio printed is the median of the per-run ratios.
"""
import statistics
import sys
from collections import defaultdict

# The floor: every bare stage of the work the job does, each single-threaded, summed; the workbook deflated at
# the level the job uses.
INTAKE = ["read_ms", "db-insert_ms"]
EXPORT = ["db-read_ms", "db-sent_ms", "csv-out_ms", "xlsx-out-level1_ms", "xml-out_ms"]
FEEDBACK = ["read-feedback_ms", "db-read-feedback_ms", "feedback-out_ms"]
FLOOR = INTAKE + EXPORT + FEEDBACK + ["db-close_ms"]

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


def total(m, keys, kind="floor"):
    runs = set.intersection(*[set(m.get((kind, k), {})) for k in keys]) if keys else set()
    return {r: sum(m[(kind, k)][r] for k in keys) for r in runs}


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
    for step in ("stageInbox", "intake", "exportFiles", "markSent", "writeFeedback"):
        print(f"    step {step:12s} {spread(job(f'step_{step}_ms'))}")
    for stage in FLOOR:
        print(f"  floor {stage[:-3]:16s} {spread(floor(stage))}")
    whole = total(m, FLOOR)
    cpu_whole = total(m, ["cpu-read_ms", "cpu-ledger_ms", "cpu-csv_ms", "cpu-report_ms", "cpu-read-feedback_ms",
                          "cpu-feedback_ms"])
    print(f"  FLOOR (sum of the stages) {spread(whole)}   CPU {spread(cpu_whole)}")
    good = lambda metric: {r: v for r, v in job(metric).items() if ok.get(r)}  # only a correct run compares
    if not good("wall_ms"):
        print("  ratios: none, no run was correct")
        continue
    print(f"  ratios: wall/floor {ratio(good('wall_ms'), whole)}   job/floor {ratio(good('job_ms'), whole)}"
          f"   intake/(read+insert) {ratio(good('step_intake_ms'), total(m, INTAKE))}"
          f"   export/(its floor) {ratio(good('step_exportFiles_ms'), total(m, EXPORT))}"
          f"   feedback/(its floor) {ratio(good('step_writeFeedback_ms'), total(m, FEEDBACK))}"
          f"   CPU/floor CPU {ratio(good('cpu_ms'), cpu_whole)}")
    night2 = lambda metric: m.get(("night2", metric), {})
    if night2("wall_ms"):
        ok2 = night2("ok")
        whole2 = total(m, FLOOR, "floor2")
        print(f"  next night: {int(sum(ok2.values()))} of {len(ok2)} correct   wall {spread(night2('wall_ms'))}"
              f"   peak RSS {spread(night2('rss_kb'), 1024, 'MB')}")
        for step in ("intake", "exportFiles", "markSent", "writeFeedback"):
            print(f"    step {step:12s} {spread(night2(f'step_{step}_ms'))}")
        print(f"  next night's FLOOR {spread(whole2)}   db-insert {spread(m.get(('floor2', 'db-insert_ms'), {}))}")
        good2 = {r: v for r, v in night2("wall_ms").items() if ok2.get(r)}
        print(f"  ratios: next night wall/its floor {ratio(good2, whole2)}   next night/first night wall"
              f" {ratio(good2, good('wall_ms'))}   intake {ratio(night2('step_intake_ms'), job('step_intake_ms'))}")
    settle = lambda metric: m.get(("settle", metric), {})
    if settle("wall_ms"):
        # the refunds it settles are those the nights before moved to SENT: the floor of that move is theirs
        sent = total(m, ["db-sent_ms"])
        sent2 = total(m, ["db-sent_ms"], "floor2")
        moved = {r: v + sent2[r] for r, v in sent.items() if r in sent2} if sent2 else sent
        print(f"  settling night: {int(sum(settle('ok').values()))} of {len(settle('ok'))} completed"
              f"   wall {spread(settle('wall_ms'))}   settled {statistics.median(settle('settled').values()):,.0f}")
        print(f"    step settleUnanswered {spread(settle('step_settleUnanswered_ms'))}"
              f"   the floor's moves to SENT of the same refunds {spread(moved)}"
              f"   ratio {ratio(settle('step_settleUnanswered_ms'), moved)}")

sizes = sorted({size for size, _ in values})
for fmt in sorted({f for _, f in values}):
    walls = {size: statistics.median(values[(size, fmt)][("job", "wall_ms")].values())
             for size in sizes if ("job", "wall_ms") in values.get((size, fmt), {})}
    steps = [(a, b) for a, b in zip(sorted(walls), sorted(walls)[1:])]
    if steps:
        print(f"\n-- growth, .{fmt}: " + "   ".join(
            f"{a:,} -> {b:,} rows ({b / a:.0f}x): wall {walls[b] / walls[a]:.1f}x" for a, b in steps))
