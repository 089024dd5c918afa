#!/usr/bin/env python3
"""The peers of Descent's `peers` benchmarks: numpy (CS231n-style code) and torch (CPU, float64).

Same problems, sizes and data as `DescentBenchmarks peers-adam|peers-softmax|peers-gradcheck`:

  adam       one Adam step over 10^7 float64 parameters (lr 1e-3, betas 0.9/0.999, eps 1e-8);
             numpy: CS231n's optim.adam (m, mt, v, vt, next_w as whole-array expressions);
             torch: torch.optim.Adam, default (single-tensor) and fused=True.
  softmax    softmax cross-entropy loss and dW at N=500, D=3073, C=10, reg 5e-2 (CS231n shapes);
             numpy: CS231n's softmax_loss_vectorized; torch: F.cross_entropy(X @ W, y) + reg*(W*W).sum()
             and backward().
  gradcheck  the full centered-difference gradient of that loss (all D*C = 30730 weights, h = 1e-5);
             numpy: CS231n's eval_numerical_gradient (a loop over coordinates, each evaluation the
             whole vectorized loss; f returns the loss only, without dW).

Data come from SplitMix64 uniforms computed exactly as Descent's SeededGenerator (vectorized here
with wrapping uint64 arithmetic), so both sides see the same numbers and print comparable checks.

Thread counts are fixed before numpy and torch are imported: --threads N sets OMP_NUM_THREADS,
OPENBLAS_NUM_THREADS and MKL_NUM_THREADS, and torch.set_num_threads(N). The threads actually used
are printed (numpy's BLAS through threadpoolctl when it is installed).

Output: one line per figure, `figure <benchmark> <peer> <median seconds> <check> <repetitions>`,
plus `#` comment lines. Run: python3 tools/bench/peers.py --threads 1 [--only adam,softmax]
"""
import argparse
import os
import statistics
import sys
import time


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, help="BLAS / OpenMP / torch threads")
    parser.add_argument("--repetitions", type=int, default=11, help="timed runs of adam and softmax (median)")
    parser.add_argument("--gradcheck-repetitions", type=int, default=1, help="timed full gradient checks")
    parser.add_argument("--only", default="adam,softmax,gradcheck", help="comma-separated benchmarks")
    return parser.parse_args()


ARGUMENTS = parse_arguments()
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = str(ARGUMENTS.threads)

import numpy as np  # noqa: E402  (after the thread variables)

try:
    import torch  # noqa: E402
    import torch.nn.functional as F  # noqa: E402

    torch.set_num_threads(ARGUMENTS.threads)
except ImportError:
    torch = None

# The sizes, seeds and hyper-parameters: keep in step with Sources/DescentBenchmarks/PeerProblems.swift.
ADAM_PARAMETERS = 10_000_000
N, D, C = 500, 3073, 10
REG = 5e-2
STEP = 1e-5
SEEDS = {"x": 11, "g": 12, "inputs": 21, "weights": 22, "labels": 23}

MASK = np.uint64(0xFFFFFFFFFFFFFFFF)


def splitmix_uniforms(seed, count):
    """The first `count` SeededGenerator(seed).nextUniform() values: (next() >> 11) * 2^-53."""
    with np.errstate(over="ignore"):
        state = np.uint64(seed) + np.uint64(0x9E3779B97F4A7C15) * np.arange(1, count + 1, dtype=np.uint64)
        z = state
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0**-53


def uniform(seed, count, low, high):
    """SeededGenerator.uniform(in: low..<high), `count` times: low + (high - low) * u."""
    return low + (high - low) * splitmix_uniforms(seed, count)


def softmax_data():
    """X (N x D: pixels in [-128, 128) and a bias column of ones), W (D x C, 1e-3 * [-1, 1)), y."""
    x = uniform(SEEDS["inputs"], N * (D - 1), -128.0, 128.0).reshape(N, D - 1)
    x = np.hstack([x, np.ones((N, 1))])
    w = uniform(SEEDS["weights"], D * C, -1e-3, 1e-3).reshape(D, C)
    y = np.floor(splitmix_uniforms(SEEDS["labels"], N) * C).astype(np.int64)
    return x, w, y


def median_time(body, repetitions, warmup=1):
    """The median wall time of `repetitions` calls of body (after `warmup` untimed calls), and its last result."""
    result = None
    for _ in range(warmup):
        result = body()
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        result = body()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def figure(benchmark, peer, seconds, check, repetitions):
    print(f"figure {benchmark} {peer} {seconds:.6e} {check:.15e} {repetitions}", flush=True)


# ---- (a) Adam ----------------------------------------------------------------------------------


def numpy_adam(w, dw, config):
    """CS231n assignment 2, optim.adam, as students write it."""
    config["t"] += 1
    config["m"] = config["beta1"] * config["m"] + (1 - config["beta1"]) * dw
    mt = config["m"] / (1 - config["beta1"] ** config["t"])
    config["v"] = config["beta2"] * config["v"] + (1 - config["beta2"]) * (dw**2)
    vt = config["v"] / (1 - config["beta2"] ** config["t"])
    next_w = w - config["learning_rate"] * mt / (np.sqrt(vt) + config["epsilon"])
    return next_w, config


def bench_adam(repetitions):
    x0 = uniform(SEEDS["x"], ADAM_PARAMETERS, -1.0, 1.0)
    g = uniform(SEEDS["g"], ADAM_PARAMETERS, -1.0, 1.0)

    state = {"w": x0.copy()}
    config = {"learning_rate": 1e-3, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "t": 0}
    config["m"] = np.zeros_like(x0)
    config["v"] = np.zeros_like(x0)

    def numpy_step():
        state["w"], _ = numpy_adam(state["w"], g, config)

    seconds, _ = median_time(numpy_step, repetitions)
    figure("adam", "numpy", seconds, float(state["w"].sum()), repetitions)
    del state, config

    if torch is None:
        return
    for peer, options in (("torch", {}), ("torch-fused", {"fused": True})):
        parameter = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
        parameter.grad = torch.tensor(g, dtype=torch.float64)
        try:
            optimizer = torch.optim.Adam([parameter], lr=1e-3, betas=(0.9, 0.999), eps=1e-8, **options)
            seconds, _ = median_time(optimizer.step, repetitions)
        except (RuntimeError, TypeError) as error:  # fused needs a recent torch
            print(f"# {peer} skipped: {error}")
            continue
        with torch.no_grad():
            figure("adam", peer, seconds, float(parameter.sum()), repetitions)
        del parameter, optimizer


def bench_adaptive(repetitions):
    """Each elementwise optimizer's step over the Adam benchmark's data, torch's default (foreach) and fused where
    torch offers it; Descent's side is `DescentBenchmarks adaptive-kernels`."""
    if torch is None:
        return
    x0 = uniform(SEEDS["x"], ADAM_PARAMETERS, -1.0, 1.0)
    g = uniform(SEEDS["g"], ADAM_PARAMETERS, -1.0, 1.0)
    runs = (
        ("sgd-momentum", "torch", torch.optim.SGD, {"lr": 0.01, "momentum": 0.9}),
        ("sgd-momentum", "torch-fused", torch.optim.SGD, {"lr": 0.01, "momentum": 0.9, "fused": True}),
        ("sgd-nesterov", "torch", torch.optim.SGD, {"lr": 0.01, "momentum": 0.9, "nesterov": True}),
        ("sgd-nesterov", "torch-fused", torch.optim.SGD, {"lr": 0.01, "momentum": 0.9, "nesterov": True, "fused": True}),
        ("adagrad", "torch", torch.optim.Adagrad, {"lr": 0.01}),
        ("adagrad", "torch-fused", torch.optim.Adagrad, {"lr": 0.01, "fused": True}),
        ("rmsprop", "torch", torch.optim.RMSprop, {"lr": 0.01}),
        ("adadelta", "torch", torch.optim.Adadelta, {}),
        ("adamw", "torch", torch.optim.AdamW, {"lr": 1e-3}),
        ("adamw", "torch-fused", torch.optim.AdamW, {"lr": 1e-3, "fused": True}),
        ("nadam", "torch", torch.optim.NAdam, {}),
    )
    for benchmark, peer, make, options in runs:
        parameter = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
        parameter.grad = torch.tensor(g, dtype=torch.float64)
        try:
            optimizer = make([parameter], **options)
            seconds, _ = median_time(optimizer.step, repetitions)
        except (RuntimeError, TypeError) as error:
            print(f"# {benchmark} {peer} skipped: {error}")
            continue
        with torch.no_grad():
            figure(benchmark, peer, seconds, float(parameter.sum()), repetitions)
        del parameter, optimizer


# ---- (b) softmax loss and gradient ---------------------------------------------------------------


def softmax_loss_vectorized(W, X, y, reg):
    """CS231n assignment 1, softmax.softmax_loss_vectorized."""
    num_train = X.shape[0]
    scores = X.dot(W)
    scores -= np.max(scores, axis=1, keepdims=True)
    exp_scores = np.exp(scores)
    probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
    loss = -np.sum(np.log(probs[np.arange(num_train), y])) / num_train + reg * np.sum(W * W)
    dscores = probs
    dscores[np.arange(num_train), y] -= 1
    dscores /= num_train
    dW = X.T.dot(dscores) + 2 * reg * W
    return loss, dW


def softmax_loss_only(W, X, y, reg):
    """The loss of softmax_loss_vectorized without forming dW (the cheapest f for a numeric gradient)."""
    num_train = X.shape[0]
    scores = X.dot(W)
    scores -= np.max(scores, axis=1, keepdims=True)
    log_normalizers = np.log(np.sum(np.exp(scores), axis=1))
    return np.sum(log_normalizers - scores[np.arange(num_train), y]) / num_train + reg * np.sum(W * W)


def bench_softmax(repetitions):
    X, W, y = softmax_data()
    seconds, (loss, dW) = median_time(lambda: softmax_loss_vectorized(W, X, y, REG), repetitions)
    figure("softmax", "numpy", seconds, float(loss), repetitions)
    if torch is None:
        return
    Xt = torch.tensor(X, dtype=torch.float64)
    yt = torch.tensor(y, dtype=torch.int64)
    Wt = torch.tensor(W, dtype=torch.float64, requires_grad=True)

    def torch_step():
        Wt.grad = None
        loss = F.cross_entropy(Xt @ Wt, yt) + REG * (Wt * Wt).sum()
        loss.backward()
        return loss

    seconds, loss = median_time(torch_step, repetitions)
    figure("softmax", "torch", seconds, float(loss.detach()), repetitions)


# ---- (c) full numeric gradient check -------------------------------------------------------------


def eval_numerical_gradient(f, x, verbose=False, h=0.00001):
    """CS231n's gradient_check.eval_numerical_gradient (verbose printing off)."""
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h
        fxph = f(x)
        x[ix] = oldval - h
        fxmh = f(x)
        x[ix] = oldval
        grad[ix] = (fxph - fxmh) / (2 * h)
        if verbose:
            print(ix, grad[ix])
        it.iternext()
    return grad


def bench_gradcheck(repetitions):
    X, W, y = softmax_data()
    _, analytic = softmax_loss_vectorized(W, X, y, REG)

    def check():
        numeric = eval_numerical_gradient(lambda w: softmax_loss_only(w, X, y, REG), W.copy(), h=STEP)
        return float(np.max(np.abs(analytic - numeric)) / max(float(np.max(np.abs(analytic) + np.abs(numeric))), 1e-300))

    seconds, relative_error = median_time(check, repetitions, warmup=0)
    figure("gradcheck", "numpy", seconds, relative_error, repetitions)


def threads_report():
    blas = f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}"
    try:
        from threadpoolctl import threadpool_info

        pools = [f"{pool['internal_api']} {pool['num_threads']}" for pool in threadpool_info()]
        blas = ", ".join(pools) or blas
    except ImportError:
        pass
    torch_threads = f"torch {torch.__version__} threads {torch.get_num_threads()}" if torch else "torch not installed"
    print(f"# threads {ARGUMENTS.threads}: numpy {np.__version__} BLAS pools: {blas}; {torch_threads}")


def main():
    threads_report()
    chosen = ARGUMENTS.only.split(",")
    if torch is None:
        print("# torch is not importable: torch figures skipped")
    if "adam" in chosen:
        bench_adam(ARGUMENTS.repetitions)
    if "adaptive" in chosen:
        bench_adaptive(ARGUMENTS.repetitions)
    if "softmax" in chosen:
        bench_softmax(ARGUMENTS.repetitions)
    if "gradcheck" in chosen:
        bench_gradcheck(ARGUMENTS.gradcheck_repetitions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
