#!/usr/bin/env python3
"""Golden values for Descent's reference losses, from torch autograd in float64.

Requires: pip install torch numpy
Not run by CI; its output is committed as data.
Run from the repository root:

    python tools/golden/make_loss_fixtures.py

Writes Tests/DescentReferenceTests/Fixtures/losses/*.json:

  linear-<loss>-<case>.json  {"loss": "softmax"|"svm", "W", "X", "y", "reg", "expected": {"loss", "dW"}}
  two-layer-<case>.json      {"W1", "b1", "W2", "b2", "X", "y", "reg",
                              "expected": {"loss", "dW1", "db1", "dW2", "db2"}}

Conventions (CS231n): X is N x D, W is D x C, scores = X @ W,
loss = mean over examples + reg * sum(W**2) (so dW includes 2 * reg * W).
The SVM is the multiclass hinge with margin 1; the two-layer network is
affine - ReLU - affine - softmax with reg * (sum(W1**2) + sum(W2**2)).
Inputs come from numpy's seeded generator; each file holds its own inputs,
so the Swift tests need no generator of their own.
"""
import json
import os

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
OUT = os.path.join("Tests", "DescentReferenceTests", "Fixtures", "losses")

# (name, seed, N, D, C, input scale, weight scale, reg)
LINEAR_CASES = [
    ("small", 0, 5, 4, 3, 1.0, 0.01, 0.0),
    ("regularized", 1, 12, 7, 5, 1.0, 0.1, 0.25),
    ("large-scores", 2, 6, 5, 4, 100.0, 10.0, 0.1),  # scores ~1e3-1e4: a naive softmax overflows
    ("wide", 3, 3, 20, 10, 1.0, 0.001, 1e-3),
]

# (name, seed, N, D, H, C, reg)
TWO_LAYER_CASES = [
    ("small", 10, 6, 4, 5, 3, 0.0),
    ("regularized", 11, 10, 6, 8, 4, 0.05),
]


def softmax_loss(W, X, y, reg):
    return torch.nn.functional.cross_entropy(X @ W, y) + reg * (W * W).sum()


def svm_loss(W, X, y, reg):
    scores = X @ W
    n = X.shape[0]
    correct = scores[torch.arange(n), y].unsqueeze(1)
    margins = torch.relu(scores - correct + 1.0)
    mask = torch.ones_like(margins)
    mask[torch.arange(n), y] = 0.0
    return (margins * mask).sum() / n + reg * (W * W).sum()


def two_layer_loss(W1, b1, W2, b2, X, y, reg):
    hidden = torch.relu(X @ W1 + b1)
    scores = hidden @ W2 + b2
    return torch.nn.functional.cross_entropy(scores, y) + reg * ((W1 * W1).sum() + (W2 * W2).sum())


def rows(tensor):
    return tensor.detach().tolist()


def write(name, payload):
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as handle:
        json.dump(payload, handle, separators=(",", ":"))
        handle.write("\n")
    print(path, os.path.getsize(path), "bytes")


def main():
    os.makedirs(OUT, exist_ok=True)
    for loss_name, loss_function in (("softmax", softmax_loss), ("svm", svm_loss)):
        for name, seed, n, d, c, input_scale, weight_scale, reg in LINEAR_CASES:
            rng = np.random.default_rng(seed)
            X = torch.tensor(rng.standard_normal((n, d)) * input_scale)
            W = torch.tensor(rng.standard_normal((d, c)) * weight_scale, requires_grad=True)
            y = torch.tensor(rng.integers(0, c, size=n))
            loss = loss_function(W, X, y, reg)
            loss.backward()
            write(f"linear-{loss_name}-{name}", {
                "loss": loss_name, "W": rows(W), "X": rows(X), "y": y.tolist(), "reg": reg,
                "expected": {"loss": loss.item(), "dW": rows(W.grad)},
            })
    for name, seed, n, d, h, c, reg in TWO_LAYER_CASES:
        rng = np.random.default_rng(seed)
        X = torch.tensor(rng.standard_normal((n, d)))
        W1 = torch.tensor(rng.standard_normal((d, h)) * 0.5, requires_grad=True)
        b1 = torch.tensor(rng.standard_normal(h) * 0.1, requires_grad=True)
        W2 = torch.tensor(rng.standard_normal((h, c)) * 0.5, requires_grad=True)
        b2 = torch.tensor(rng.standard_normal(c) * 0.1, requires_grad=True)
        y = torch.tensor(rng.integers(0, c, size=n))
        loss = two_layer_loss(W1, b1, W2, b2, X, y, reg)
        loss.backward()
        write(f"two-layer-{name}", {
            "W1": rows(W1), "b1": rows(b1), "W2": rows(W2), "b2": rows(b2), "X": rows(X), "y": y.tolist(),
            "reg": reg,
            "expected": {"loss": loss.item(), "dW1": rows(W1.grad), "db1": rows(b1.grad), "dW2": rows(W2.grad),
                         "db2": rows(b2.grad)},
        })


if __name__ == "__main__":
    main()
