#!/usr/bin/env python3
"""Descent's BFGS, L-BFGS and CG against scipy.optimize's BFGS, L-BFGS-B and CG.

For each problem and start: iterations until ||x - x*|| <= 1e-8 (the first iterate that is that
close) and the evaluations of f and grad f spent until then. Descent's figures come from
`descent reference trajectory` (one JSON object per run, with each step's evaluations); scipy's from
`scipy.optimize.minimize` with a callback per iteration and counting wrappers around f and grad f.
Both sides use the same starts, history m = 10 for the limited-memory methods, and tolerances small
enough that neither stops before the target.

Run (after `swift build -c release --product descent`):
  python3 tools/bench/second_order_peers.py --descent .build/release/descent
Prints a Markdown table for the README.
"""
import argparse
import json
import math
import subprocess

import numpy as np
from scipy.optimize import minimize, rosen, rosen_der


def beale(x):
    a, b = x
    return (1.5 - a + a * b) ** 2 + (2.25 - a + a * b**2) ** 2 + (2.625 - a + a * b**3) ** 2


def beale_der(x):
    a, b = x
    t1, t2, t3 = 1.5 - a + a * b, 2.25 - a + a * b**2, 2.625 - a + a * b**3
    return np.array([
        2 * t1 * (b - 1) + 2 * t2 * (b**2 - 1) + 2 * t3 * (b**3 - 1),
        2 * t1 * a + 2 * t2 * 2 * a * b + 2 * t3 * 3 * a * b**2,
    ])


def quadratic(n, kappa):
    lam = np.array([kappa ** (i / (n - 1)) for i in range(n)])
    return (lambda x: 0.5 * float(np.sum(lam * x * x))), (lambda x: lam * x)


CASES = [
    ("rosenbrock", [-1.2, 1.0], {}, rosen, rosen_der, [1.0, 1.0]),
    ("rosenbrock", [-1.2, 1.0] * 5, {}, rosen, rosen_der, [1.0] * 10),
    ("beale", [1.0, 1.0], {}, beale, beale_der, [3.0, 0.5]),
    ("quadratic", [1.0, -1.0] * 5, {"condition": 1000}, *quadratic(10, 1000.0), [0.0] * 10),
]
METHODS = [("bfgs", "BFGS"), ("lbfgs", "L-BFGS-B"), ("cg", "CG")]
TARGET = 1e-8


def distance(x, minimizer):
    return math.sqrt(sum((a - b) ** 2 for a, b in zip(x, minimizer)))


def descent_run(binary, optimizer, problem, start, parameters, minimizer, steps=400):
    command = [binary, "reference", "trajectory", "--optimizer", optimizer, "--problem", problem,
               "--start", ",".join(repr(v) for v in start), "--steps", str(steps)]
    if optimizer == "lbfgs":
        command += ["--history-size", "10"]
    for name, value in parameters.items():
        command += [f"--{name}", str(value)]
    run = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    evaluations = run["evaluations"]
    for index, point in enumerate(run["points"]):
        if distance(point, minimizer) <= TARGET:
            return index, sum(evaluations["gradients"][:index])
    return None, f"stops at f = {run['losses'][-1]:.4g}"



def scipy_run(method, f, gradient, start, minimizer):
    counts = {"f": 0, "g": 0}
    iterates = []

    def counted_f(x):
        counts["f"] += 1
        return f(x)

    def counted_g(x):
        counts["g"] += 1
        return gradient(x)

    def record(x, *args):
        iterates.append((np.array(x, copy=True), counts["g"]))

    options = {"gtol": 1e-14, "maxiter": 2000}
    if method == "L-BFGS-B":
        options.update({"ftol": 0.0, "maxcor": 10})
    result = minimize(counted_f, np.array(start), jac=counted_g, method=method, callback=record, options=options)
    for index, (x, evaluations) in enumerate(iterates, start=1):
        if distance(x, minimizer) <= TARGET:
            return index, evaluations
    return None, f"stops at f = {result.fun:.4g} after {result.nit}"



def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--descent", default=".build/release/descent")
    arguments = parser.parse_args()
    import scipy
    print(f"# scipy {scipy.__version__}, numpy {np.__version__}; iterations (gradient evaluations) to ||x - x*|| <= 1e-8")
    print("| problem, start | Descent BFGS | scipy BFGS | Descent L-BFGS | scipy L-BFGS-B | Descent CG | scipy CG |")
    print("|---|---|---|---|---|---|---|")
    for problem, start, parameters, f, gradient, minimizer in CASES:
        cells = []
        for ours, theirs in METHODS:
            for result in (descent_run(arguments.descent, ours, problem, start, parameters, minimizer),
                           scipy_run(theirs, f, gradient, start, minimizer)):
                cells.append(result[1] if result[0] is None else f"{result[0]} ({result[1]})")
        label = f"{problem} {len(start)}-D" + (f" κ = {parameters['condition']}" if parameters else "")
        print(f"| {label}, ({', '.join(f'{v:g}' for v in start[:4])}{', …' if len(start) > 4 else ''}) | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
