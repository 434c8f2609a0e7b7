#!/usr/bin/env python3
"""Write a fact file with N level targets for the batch benchmark.

Usage: gen_batch.py N OUT.csv [SHAPE]

SHAPE (default `simple`):
  simple      per series one actual (2021), one stated growth rate and one target (2026)
  history     per series three yearly actuals (2019-2021) and one target: the observed pace
  milestones  three actuals, half the series with a stated rate (以上), targets for 2026 and
              2030 (突破): two report rows per series
  relative    `history` plus one relative target (翻一番 from 2019): the reference engine
              takes the whole file
"""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
shape = sys.argv[3] if len(sys.argv) > 3 else "simple"
if shape not in ("simple", "history", "milestones", "relative"):
    sys.exit(f"unknown shape {shape!r}: expected simple, history, milestones or relative")
rnd = random.Random(1)
with open(out, "w", encoding="utf-8") as f:
    if shape == "relative":
        f.write("id,kind,region,indicator,period,value,unit,qualifier,form,base_period\n")
        tail = ",,"
    else:
        f.write("id,kind,region,indicator,period,value,unit,qualifier\n")
        tail = ""
    for i in range(n):
        region = f"区{i % 1000}"
        ind = f"指标{i}"
        if shape == "simple":
            base = rnd.uniform(50, 500)
            g = rnd.uniform(0.0, 0.3) * 100
            target = base * rnd.uniform(1.2, 4.0)
            f.write(f"a{i},actual,{region},{ind},2021,{base:.2f},亿元,\n")
            f.write(f"g{i},growth,{region},{ind},2021,{g:.2f},%,at_least\n")
            f.write(f"t{i},target,{region},{ind},2026,{target:.2f},亿元,\n")
            continue
        base, g = rnd.uniform(50, 500), rnd.uniform(0, 0.3)
        for k, y in enumerate([2019, 2020, 2021]):
            f.write(f"a{i}_{y},actual,{region},{ind},{y},{base * (1 + g) ** k:.2f},亿元,{tail}\n")
        if shape == "milestones" and i % 2:
            f.write(f"g{i},growth,{region},{ind},2021,{rnd.uniform(0, 30):.2f},%,以上\n")
        f.write(f"t{i},target,{region},{ind},2026,{base * rnd.uniform(1.5, 5):.2f},亿元,{tail}\n")
        if shape == "milestones":
            f.write(f"u{i},target,{region},{ind},2030,{base * rnd.uniform(3, 9):.2f},亿元,突破\n")
    if shape == "relative":
        f.write("rel1,target,区0,指标0,2026,2,倍,,relative,2019\n")
