#!/usr/bin/env python3
"""Side-by-side timings of reach against vectorised numpy/pandas doing the same work, in one run.

Usage: python3 benches/compare.py [path/to/reach]   (default: $CARGO_TARGET_DIR/release/reach,
then target/release/reach). Needs numpy, pandas and pyarrow; prints ratios measured in this run.
Each figure is the best of 3 wall-clock runs; reach is timed as a whole process (start-up,
parsing, output file included), numpy/pandas in-process (interpreter start-up excluded).
"""
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))


def binary():
    if len(sys.argv) > 1:
        return sys.argv[1]
    for d in [os.environ.get("CARGO_TARGET_DIR"), os.path.join(HERE, "..", "target")]:
        if d and os.path.exists(os.path.join(d, "release", "reach")):
            return os.path.join(d, "release", "reach")
    sys.exit("build first: cargo build --release")


def best(f, n=3):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def run(args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def numpy_mc(paths=1_000_000, years=10, mu=0.20, sigma=0.05, base=350.0, target=1000.0):
    s2 = np.log(1 + sigma**2 / (1 + mu) ** 2)
    m, s = np.log(1 + mu) - s2 / 2, np.sqrt(s2)
    rng = np.random.default_rng(1)
    cums = np.cumsum(m + s * rng.standard_normal((years, paths)), axis=0)
    q = np.quantile(cums, [0.05, 0.25, 0.5, 0.75, 0.95], axis=1)
    p = np.mean(cums[-1] >= np.log(target / base))
    return base * np.exp(q), p


def numpy_sweep(path):
    base = np.arange(300, 400, 1.0)
    years = np.arange(2021, 2031, 1.0)
    growth = np.arange(0, 1.0, 0.001)
    b, g, ty = [a.ravel() for a in np.meshgrid(base, growth, years, indexing="ij")]
    by, t = 2021.0, 1000.0
    n = ty - by
    with np.errstate(all="ignore"):
        proj = np.where(n >= 0, b * (1 + g) ** n, np.nan)
        req = np.where(n > 0, (t / b) ** (1 / n) - 1, np.nan)
        reach = by + np.log(t / b) / np.log1p(g)
        ratio = g / req
    verdict = np.select(
        [b >= t, np.isnan(ratio), ratio >= 0.95, ratio >= 0.6, ratio >= 0],
        ["achieved", "not_assessable", "on_track", "acceleration_needed", "limited_progress"],
        "deterioration",
    )
    df = pd.DataFrame({"base": b, "base_year": by, "growth": g, "target": t, "target_year": ty,
                       "projected": proj, "gap": proj - t, "required_growth": req,
                       "reach_year_exact": reach, "reach_year": np.ceil(reach - 1e-9), "verdict": verdict})
    df.to_parquet(path, compression="snappy")


LEAN = ["id", "region", "indicator", "target_year", "target_value", "base_value", "pace", "required_growth",
        "projected_value", "gap", "reach_year_exact", "growth_ratio", "verdict"]


def pandas_batch(csv, out=None):
    """The batch assessment in vectorised pandas: the numbers and verdict of each target, written
    to Parquet (zstd level 1, as reach writes; temporary file, fsync, rename, as reach writes)
    under reach's column names when `out` is given."""
    df = pd.read_csv(csv)
    act = df[df.kind == "actual"][["region", "indicator", "period", "value"]]
    act = act.assign(t=act.period.astype(float)).sort_values("t").groupby(["region", "indicator"]).last()
    gro = df[df.kind == "growth"].groupby(["region", "indicator"]).value.last() / 100
    tgt = df[df.kind == "target"].set_index(["region", "indicator"])
    j = tgt.join(act[["value", "t"]].add_suffix("_base")).join(gro.rename("pace"))
    n = j.period.astype(float) - j.t_base
    j["required"] = (j.value / j.value_base) ** (1 / n) - 1
    j["projected"] = j.value_base * (1 + j.pace) ** n
    j["gap"] = j.projected - j.value
    j["reach"] = j.t_base + np.log(j.value / j.value_base) / np.log1p(j.pace)
    j["ratio"] = j.pace / j.required
    j["verdict"] = np.select([j.value_base >= j.value, j.ratio >= 0.95, j.ratio >= 0.6, j.ratio >= 0],
                             ["achieved", "on_track", "acceleration_needed", "limited_progress"], "deterioration")
    if out:
        r = j.reset_index().sort_values(["region", "indicator"])
        r = r.rename(columns={"period": "target_year", "value": "target_value", "value_base": "base_value",
                              "required": "required_growth", "projected": "projected_value",
                              "reach": "reach_year_exact", "ratio": "growth_ratio"})
        r["target_year"] = r.target_year.astype("int32")
        # Written as reach writes every output: to a temporary file beside it, flushed to disk
        # (fsync), then renamed over the target, so no partly written file is ever seen.
        tmp = out + ".tmp"
        with open(tmp, "wb") as f:
            r[LEAN].to_parquet(f, compression="zstd", compression_level=1, index=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    return j


def main():
    reach = binary()
    tmp = tempfile.mkdtemp()
    print(f"reach: {reach}\n")
    rows = []

    t_np = best(numpy_mc)
    t_r = best(lambda: run([reach, "simulate", "--base", "350", "--base-year", "2021", "--growth", "0.2", "--sigma", "0.05",
                            "--target", "1000", "--target-year", "2031", "--extra-years", "0", "--paths", "1000000",
                            "-f", "json", "-o", os.path.join(tmp, "sim.json"), "-q"]))
    rows.append(("Monte Carlo 10^6 paths x 10 years + quantiles", t_np, t_r))

    t_np = best(lambda: numpy_sweep(os.path.join(tmp, "np.parquet")))
    t_r = best(lambda: run([reach, "sweep", "--base", "300:399:1", "--base-year", "2021", "--target", "1000",
                            "--target-year", "2021:2030:1", "--growth", "0:0.999:0.001", "-o", os.path.join(tmp, "s.parquet")]))
    rows.append(("Sweep 10^6 cells to Parquet", t_np, t_r))

    csv = os.path.join(tmp, "batch.csv")
    n = int(os.environ.get("BATCH_N", "100000"))
    subprocess.run([sys.executable, os.path.join(HERE, "gen_batch.py"), str(n), csv], check=True)
    t_np = best(lambda: pandas_batch(csv, os.path.join(tmp, "pd.parquet")))
    t_r = best(lambda: run([reach, "report", "--data", csv, "--columns", ",".join(LEAN),
                            "-o", os.path.join(tmp, "b.parquet")]))
    rows.append((f"Batch, {n} targets ({3 * n} rows) -> Parquet, same 13 columns", t_np, t_r))
    t_r = best(lambda: run([reach, "report", "--data", csv, "-o", os.path.join(tmp, "b.parquet")]), 1)
    rows.append(("  reach's whole 26-column report (with the explanations)", t_np, t_r))

    t_r = best(lambda: [run([reach, "report"]) for _ in range(20)]) / 20
    print(f"{'work':60} {'numpy/pandas':>13} {'reach':>9} {'speed-up':>9}")
    for name, a, b in rows:
        print(f"{name:60} {a:12.3f}s {b:8.3f}s {a / b:8.1f}x")
    print(f"{'reach report on the seed data, cold process':60} {'':>13} {t_r * 1000:7.1f}ms")


if __name__ == "__main__":
    main()
