#!/usr/bin/env python3
"""An independent implementation of RandomDraw (core/inspections/randomdraw.h),
written from the header's description only, that prints the known vector
tests/core/test_randomdraw.cpp checks. Re-run: python3 tests/data/randomdraw_vector.py
"""
import hashlib


class Stream:
    def __init__(self, seed):
        self.seed, self.block, self.numbers = seed, 0, []

    def next(self):
        if not self.numbers:
            digest = hashlib.sha256(f"{self.seed}:{self.block}".encode("utf-8")).digest()
            self.block += 1
            self.numbers = [int.from_bytes(digest[8 * k:8 * k + 8], "big") for k in range(4)]
        return self.numbers.pop(0)

    def below(self, n):
        limit = 2**64 - (2**64 % n)
        while True:
            x = self.next()
            if x < limit:
                return x % n


def partial_shuffle(pool, count, stream):
    pool = list(pool)
    for k in range(count):
        j = k + stream.below(len(pool) - k)
        pool[k], pool[j] = pool[j], pool[k]
    return pool[:count]


def draw(seed, entities, inspectors, recusals, count, per_unit):
    stream = Stream(seed)
    units = partial_shuffle(sorted(entities), count, stream)
    picks = []
    for unit in units:
        eligible = [i for i in sorted(inspectors) if (i, unit) not in recusals]
        picks.append((unit, partial_shuffle(eligible, per_unit, stream)))
    return picks


def pool_hash(pool):
    return hashlib.sha256("\n".join(pool).encode("utf-8")).hexdigest()


def result_hash(seed, entities, inspectors, recusals, count, per_unit, picks):
    lines = [f"seed:{seed}", f"count:{count}", f"per-unit:{per_unit}",
             f"entity-pool:{pool_hash(entities)}", f"inspector-pool:{pool_hash(inspectors)}"]
    lines += sorted(f"recusal:{login}\t{code}" for login, code in recusals)
    lines += [f"pick:{n}:{code}:{','.join(logins)}" for n, (code, logins) in enumerate(picks, 1)]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


if __name__ == "__main__":
    seed = "2026-一季度-7f3a"
    entities = [f"E{n:02d}" for n in range(1, 13)]
    inspectors = ["insp1", "insp2", "insp3", "se1", "se2"]
    recusals = [("insp1", "E03"), ("se2", "E07"), ("insp3", "E11")]
    count, per_unit = 5, 2
    picks = draw(seed, entities, inspectors, set(recusals), count, per_unit)
    print("entity pool hash", pool_hash(entities))
    print("inspector pool hash", pool_hash(inspectors))
    for code, logins in picks:
        print(code, logins)
    print("result hash", result_hash(seed, entities, inspectors, recusals, count, per_unit, picks))
    # A second vector: all 12 units with three inspectors each.
    for code, logins in draw("seed-b", entities, inspectors, set(recusals), 12, 3):
        print(code, logins)
