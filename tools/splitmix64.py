#!/usr/bin/env python3
"""An independent SplitMix64, to pin the first outputs of Descent's SeededGenerator.

Prints, for seeds 0, 1 and 42, each from a fresh generator:
  next:     the first four 64-bit outputs
  uniform:  the first three uniforms in [0, 1) (top 53 bits times 2**-53)
  normal:   the first four Box-Muller normals (cos of a pair first, sin cached)
  int10:    the first five integers below 10 (rejection below 2**64 mod 10)
  shuffle:  Fisher-Yates order of range(10)

The values are pasted into Tests/DescentCoreTests/SeededGeneratorTests.swift.
Run: python3 tools/splitmix64.py
"""
import math

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK
        self.cached = None

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next() >> 11) * 2.0**-53

    def normal(self):
        if self.cached is not None:
            value, self.cached = self.cached, None
            return value
        u1 = 1.0 - self.uniform()
        u2 = self.uniform()
        radius = math.sqrt(-2.0 * math.log(u1))
        angle = 2.0 * math.pi * u2
        self.cached = radius * math.sin(angle)
        return radius * math.cos(angle)

    def int_below(self, bound):
        if bound <= 1:
            return 0
        threshold = (1 << 64) % bound
        while True:
            value = self.next()
            if value >= threshold:
                return value % bound

    def shuffled_indices(self, count):
        indices = list(range(count))
        for i in range(count - 1, 0, -1):
            j = self.int_below(i + 1)
            indices[i], indices[j] = indices[j], indices[i]
        return indices


def main():
    for seed in (0, 1, 42):
        print(f"seed {seed}")
        g = SplitMix64(seed)
        print("  next:   ", [g.next() for _ in range(4)])
        g = SplitMix64(seed)
        print("  uniform:", [repr(g.uniform()) for _ in range(3)])
        g = SplitMix64(seed)
        print("  normal: ", [repr(g.normal()) for _ in range(4)])
        g = SplitMix64(seed)
        print("  int10:  ", [g.int_below(10) for _ in range(5)])
        g = SplitMix64(seed)
        print("  shuffle:", g.shuffled_indices(10))


if __name__ == "__main__":
    main()
