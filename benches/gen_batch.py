#!/usr/bin/env python3
"""Write a fact file with N level targets for the batch benchmark: per series one actual
(2021), one stated growth rate and one target (2026). Usage: gen_batch.py N OUT.csv"""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(1)
with open(out, "w", encoding="utf-8") as f:
    f.write("id,kind,region,indicator,period,value,unit,qualifier\n")
    for i in range(n):
        base = rnd.uniform(50, 500)
        g = rnd.uniform(0.0, 0.3) * 100
        target = base * rnd.uniform(1.2, 4.0)
        region = f"区{i % 1000}"
        ind = f"指标{i}"
        f.write(f"a{i},actual,{region},{ind},2021,{base:.2f},亿元,\n")
        f.write(f"g{i},growth,{region},{ind},2021,{g:.2f},%,at_least\n")
        f.write(f"t{i},target,{region},{ind},2026,{target:.2f},亿元,\n")
