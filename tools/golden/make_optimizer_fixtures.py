#!/usr/bin/env python3
"""Golden optimizer fixtures from torch.optim, in float64.

Requirements: pip install torch numpy
Not run by CI. Run from the repository root:

    python tools/golden/make_optimizer_fixtures.py

and commit what it writes under Tests/DescentReferenceTests/Fixtures/optimizers/:

- trajectories.json: points and losses of every torch optimizer the reference
  has (SGD with momentum, dampening, Nesterov and weight decay; Adagrad;
  RMSprop; Adadelta; Adam with AMSGrad and weight decay; AdamW; NAdam) on
  2-D Rosenbrock, 10-D Rosenbrock, the ill-conditioned quadratic (n = 5,
  kappa = 100) and the saddle, 200+ steps each, default and non-default options,
  plus SGD under torch learning-rate schedulers.
- schedules.json: lr values of StepLR, ExponentialLR, CosineAnnealingLR, LinearLR.
- clipping.json: torch.nn.utils.clip_grad_norm_ and clip_grad_value_ results.
- initialization.json: torch.nn.init.calculate_gain values and the fans of a few shapes.

L-BFGS is not here: torch.optim.LBFGS runs up to max_iter iterations per
step() with its own line search (cubic extrapolation in the bracketing phase,
tolerance_change stops), while the reference's LBFGS takes one iteration per
step with Nocedal & Wright's Algorithms 3.5/3.6, so their points differ by
design. The reference's L-BFGS is tested by convergence and by the strong
Wolfe conditions instead.

The problems are written here exactly as the Swift sources define them (same
formulas, same order of operations), and the gradient handed to torch is that
analytic gradient (not autograd), so the only differences left are torch's
own rounding.
"""

import json
import math
import os

import torch

torch.set_default_dtype(torch.float64)  # step counters and NAdam's mu_product in float64 too

OUT = os.path.join("Tests", "DescentReferenceTests", "Fixtures", "optimizers")


# ---------------------------------------------------------------- problems
# Mirrors Sources/DescentCore/Problems/{Rosenbrock,IllConditionedQuadratic,Saddle}.swift.

def rosenbrock_value(x):
    s = 0.0
    for i in range(len(x) - 1):
        valley = x[i + 1] - x[i] * x[i]
        offset = 1.0 - x[i]
        s += 100.0 * valley * valley + offset * offset
    return s


def rosenbrock_gradient(x):
    g = [0.0] * len(x)
    for i in range(len(x) - 1):
        valley = x[i + 1] - x[i] * x[i]
        g[i] += -4.0 * 100.0 * x[i] * valley - 2.0 * (1.0 - x[i])
        g[i + 1] += 2.0 * 100.0 * valley
    return g


def quadratic_eigenvalues(n, condition):
    return [1.0 if n == 1 else math.pow(condition, i / (n - 1)) for i in range(n)]


def quadratic(n, condition):
    lam = quadratic_eigenvalues(n, condition)

    def value(x):
        s = 0.0
        for i in range(n):
            s += lam[i] * x[i] * x[i]
        return s / 2

    def gradient(x):
        return [lam[i] * x[i] for i in range(n)]

    return value, gradient


def saddle_value(x):
    return x[0] * x[0] - x[1] * x[1]


def saddle_gradient(x):
    return [2 * x[0], -2 * x[1]]


def problem(spec):
    name = spec["name"]
    if name == "rosenbrock":
        return rosenbrock_value, rosenbrock_gradient
    if name == "quadratic":
        return quadratic(spec["dimension"], spec["parameters"]["condition"])
    if name == "saddle":
        return saddle_value, saddle_gradient
    raise ValueError(name)


PROBLEMS = {
    "rosenbrock-2d": ({"name": "rosenbrock", "dimension": 2, "parameters": {}}, [-1.2, 1.0]),
    "quadratic-5d": ({"name": "quadratic", "dimension": 5, "parameters": {"condition": 100.0}},
                     [1.0, -1.0, 1.0, -1.0, 1.0]),
    "saddle": ({"name": "saddle", "dimension": 2, "parameters": {}}, [1.0, 0.01]),
    "rosenbrock-10d": ({"name": "rosenbrock", "dimension": 10, "parameters": {}},
                       [-1.2 if i % 2 == 0 else 1.0 for i in range(10)]),
}


# ---------------------------------------------------------------- optimizers
# Each case: our registry name and hyper-parameters (torch's names, betas
# split into beta1/beta2), and how torch builds the same optimizer.

def torch_optimizer(name, params, h):
    n, f = h["numbers"], h["flags"]
    if name == "sgd":
        return torch.optim.SGD(params, lr=n["lr"], momentum=n.get("momentum", 0), dampening=n.get("dampening", 0),
                               weight_decay=n.get("weight_decay", 0), nesterov=f.get("nesterov", False))
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=n["lr"], lr_decay=n.get("lr_decay", 0),
                                   weight_decay=n.get("weight_decay", 0),
                                   initial_accumulator_value=n.get("initial_accumulator_value", 0),
                                   eps=n.get("eps", 1e-10))
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=n["lr"], alpha=n.get("alpha", 0.99), eps=n.get("eps", 1e-8),
                                   weight_decay=n.get("weight_decay", 0), momentum=n.get("momentum", 0),
                                   centered=f.get("centered", False))
    if name == "adadelta":
        return torch.optim.Adadelta(params, lr=n.get("lr", 1.0), rho=n.get("rho", 0.9), eps=n.get("eps", 1e-6),
                                    weight_decay=n.get("weight_decay", 0))
    betas = (n.get("beta1", 0.9), n.get("beta2", 0.999))
    if name == "adam":
        return torch.optim.Adam(params, lr=n["lr"], betas=betas, eps=n.get("eps", 1e-8),
                                weight_decay=n.get("weight_decay", 0), amsgrad=f.get("amsgrad", False))
    if name == "adamw":
        return torch.optim.AdamW(params, lr=n["lr"], betas=betas, eps=n.get("eps", 1e-8),
                                 weight_decay=n.get("weight_decay", 1e-2), amsgrad=f.get("amsgrad", False))
    if name == "nadam":
        return torch.optim.NAdam(params, lr=n["lr"], betas=betas, eps=n.get("eps", 1e-8),
                                 weight_decay=n.get("weight_decay", 0),
                                 momentum_decay=n.get("momentum_decay", 4e-3),
                                 decoupled_weight_decay=f.get("decoupled_weight_decay", False))
    raise ValueError(name)


def h(numbers=None, flags=None):
    return {"numbers": numbers or {}, "flags": flags or {}}


# (label, optimizer, hyper-parameters, problems). SGD's lr is chosen per
# problem (Rosenbrock's curvature is ~1000 in the valley).
SGD_LR = {"rosenbrock-2d": 1e-3, "rosenbrock-10d": 5e-4, "quadratic-5d": 1.5e-2, "saddle": 1e-2}
ALL2 = ["rosenbrock-2d", "quadratic-5d", "saddle"]
CASES = [
    ("sgd", "sgd", {}, ALL2),
    ("sgd-momentum", "sgd", {"momentum": 0.9}, ALL2 + ["rosenbrock-10d"]),
    ("sgd-dampening", "sgd", {"momentum": 0.9, "dampening": 0.5}, ALL2),
    ("sgd-nesterov", "sgd", {"momentum": 0.9, "nesterov": True}, ALL2),
    ("sgd-momentum-weight-decay", "sgd", {"momentum": 0.5, "weight_decay": 0.1}, ALL2),
    ("sgd-nesterov-weight-decay", "sgd", {"momentum": 0.8, "nesterov": True, "weight_decay": 0.05}, ["quadratic-5d"]),
    ("adagrad", "adagrad", {"lr": 0.1}, ALL2),
    ("adagrad-options", "adagrad",
     {"lr": 0.1, "lr_decay": 0.01, "initial_accumulator_value": 0.1, "eps": 1e-6, "weight_decay": 0.01}, ALL2),
    ("rmsprop", "rmsprop", {"lr": 1e-2}, ALL2 + ["rosenbrock-10d"]),
    ("rmsprop-centered-momentum", "rmsprop", {"lr": 1e-3, "momentum": 0.5, "centered": True}, ALL2),
    ("rmsprop-centered", "rmsprop", {"lr": 1e-2, "alpha": 0.9, "centered": True}, ["rosenbrock-2d"]),
    ("rmsprop-momentum-weight-decay", "rmsprop", {"lr": 1e-3, "momentum": 0.9, "weight_decay": 0.1}, ["quadratic-5d"]),
    ("adadelta", "adadelta", {"lr": 1.0}, ALL2),
    ("adadelta-options", "adadelta", {"lr": 0.5, "rho": 0.95, "eps": 1e-5, "weight_decay": 0.01}, ALL2),
    ("adam", "adam", {"lr": 1e-2}, ALL2 + ["rosenbrock-10d"]),
    ("adam-amsgrad", "adam", {"lr": 1e-2, "amsgrad": True}, ALL2),
    ("adam-weight-decay", "adam", {"lr": 1e-2, "weight_decay": 0.1}, ALL2),
    ("adam-betas-eps", "adam", {"lr": 5e-3, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6}, ["rosenbrock-2d", "saddle"]),
    ("adam-amsgrad-weight-decay", "adam", {"lr": 1e-2, "amsgrad": True, "weight_decay": 0.05}, ["quadratic-5d"]),
    ("adamw", "adamw", {"lr": 1e-2}, ALL2),
    ("adamw-options", "adamw", {"lr": 1e-2, "weight_decay": 0.1, "amsgrad": True, "beta2": 0.99}, ALL2),
    ("nadam", "nadam", {"lr": 1e-2}, ALL2 + ["rosenbrock-10d"]),
    ("nadam-weight-decay", "nadam", {"lr": 1e-2, "weight_decay": 0.1, "momentum_decay": 0.01}, ALL2),
    ("nadam-decoupled", "nadam", {"lr": 1e-2, "weight_decay": 0.1, "decoupled_weight_decay": True}, ["rosenbrock-2d"]),
]
STEPS = 200


def split(raw):
    numbers = {k: float(v) for k, v in raw.items() if not isinstance(v, bool)}
    flags = {k: v for k, v in raw.items() if isinstance(v, bool)}
    return h(numbers, flags)


def torch_scheduler(optimizer, schedule):
    if schedule is None:
        return None
    kind = schedule["kind"]
    if kind == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, step_size=schedule["step_size"], gamma=schedule["gamma"])
    if kind == "exponential":
        return torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=schedule["gamma"])
    if kind == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=schedule["t_max"],
                                                          eta_min=schedule["eta_min"])
    if kind == "linear":
        return torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=1.0, end_factor=schedule["end_factor"],
                                                 total_iters=schedule["total_iters"])
    raise ValueError(kind)


def run(optimizer, hyper, problem_key, steps, schedule=None):
    spec, start = PROBLEMS[problem_key]
    value, gradient = problem(spec)
    p = torch.tensor(start, dtype=torch.float64, requires_grad=False)
    opt = torch_optimizer(optimizer, [p], hyper)
    scheduler = torch_scheduler(opt, schedule)
    points = [list(start)]
    for _ in range(steps):
        x = p.tolist()
        p.grad = torch.tensor(gradient(x), dtype=torch.float64)
        opt.step()
        if scheduler is not None:
            scheduler.step()
        points.append(p.tolist())
    losses = [value(x) for x in points]
    assert all(math.isfinite(c) for pt in points for c in pt), (optimizer, hyper, problem_key)
    return spec, points, losses


def trajectory_cases():
    cases = []
    for label, optimizer, raw, problem_keys in CASES:
        for key in problem_keys:
            numbers = dict(raw)
            if optimizer == "sgd":
                numbers["lr"] = SGD_LR[key]
            hyper = split(numbers)
            spec, points, losses = run(optimizer, hyper, key, STEPS)
            stride = 10 if spec["dimension"] > 5 else 1
            cases.append({
                "id": f"{label}/{key}", "optimizer": optimizer, "hyperparameters": hyper, "problem": spec,
                "start": points[0], "steps": STEPS, "point_stride": stride,
                "points": points[::stride], "losses": losses,
            })
    schedules = [
        ("sgd-steplr", {"kind": "step", "step_size": 50, "gamma": 0.5}, {"momentum": 0.9}, "quadratic-5d"),
        ("sgd-exponentiallr", {"kind": "exponential", "gamma": 0.99}, {}, "rosenbrock-2d"),
        ("sgd-cosineannealinglr", {"kind": "cosine", "t_max": 100, "eta_min": 1e-4}, {"momentum": 0.9}, "quadratic-5d"),
        ("sgd-linearlr", {"kind": "linear", "end_factor": 0.01, "total_iters": 150}, {}, "rosenbrock-2d"),
    ]
    for label, schedule, raw, key in schedules:
        numbers = dict(raw)
        numbers["lr"] = SGD_LR[key]
        hyper = split(numbers)
        spec, points, losses = run("sgd", hyper, key, STEPS, schedule)
        cases.append({
            "id": f"{label}/{key}", "optimizer": "sgd", "hyperparameters": hyper, "problem": spec,
            "start": points[0], "steps": STEPS, "point_stride": 1, "schedule": schedule,
            "points": points, "losses": losses,
        })
    return cases


# ---------------------------------------------------------------- schedules

def schedule_values():
    out = []
    specs = [
        {"kind": "step", "step_size": 30, "gamma": 0.1},
        {"kind": "exponential", "gamma": 0.95},
        {"kind": "cosine", "t_max": 50, "eta_min": 1e-4},
        {"kind": "cosine", "t_max": 40, "eta_min": 0.0},
        {"kind": "linear", "end_factor": 0.01, "total_iters": 60},
    ]
    for spec in specs:
        p = torch.zeros(1)
        opt = torch.optim.SGD([p], lr=0.1)
        scheduler = torch_scheduler(opt, spec)
        rates = []
        for _ in range(100):
            rates.append(opt.param_groups[0]["lr"])
            p.grad = torch.zeros(1)
            opt.step()
            scheduler.step()
        out.append({"schedule": spec, "initial_lr": 0.1, "rates": rates})
    return out


# ---------------------------------------------------------------- clipping

def clipping_cases():
    gen = torch.Generator().manual_seed(7)
    out = []
    for n, scale in [(3, 1.0), (5, 10.0), (8, 0.01), (1, 4.0)]:
        g = (torch.randn(n, generator=gen) * scale).tolist()
        for max_norm in [0.5, 1.0, 100.0]:
            for norm_type in [2.0, 1.0, float("inf")]:
                p = torch.zeros(n, requires_grad=True)
                p.grad = torch.tensor(g)
                total = torch.nn.utils.clip_grad_norm_([p], max_norm=max_norm, norm_type=norm_type)
                out.append({"kind": "norm", "gradient": g, "max_norm": max_norm,
                            "norm_type": "inf" if math.isinf(norm_type) else norm_type,
                            "total_norm": float(total), "clipped": p.grad.tolist()})
        for clip_value in [0.1, 1.0, 5.0]:
            p = torch.zeros(n, requires_grad=True)
            p.grad = torch.tensor(g)
            torch.nn.utils.clip_grad_value_([p], clip_value=clip_value)
            out.append({"kind": "value", "gradient": g, "clip_value": clip_value, "clipped": p.grad.tolist()})
    return out


# ---------------------------------------------------------------- initialization

def initialization_facts():
    gains = [{"nonlinearity": name, "param": None, "gain": torch.nn.init.calculate_gain(name)}
             for name in ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "selu"]]
    gains.append({"nonlinearity": "leaky_relu", "param": 0.2,
                  "gain": torch.nn.init.calculate_gain("leaky_relu", 0.2)})
    shapes = []
    for rows, cols in [(3, 5), (100, 50), (10, 784)]:
        w = torch.empty(rows, cols)
        fan_in, fan_out = torch.nn.init._calculate_fan_in_and_fan_out(w)
        gain = torch.nn.init.calculate_gain("relu")
        shapes.append({
            "shape": [rows, cols], "fan_in": fan_in, "fan_out": fan_out,
            "xavier_uniform_bound": 1.0 * math.sqrt(6.0 / (fan_in + fan_out)),
            "xavier_normal_std": 1.0 * math.sqrt(2.0 / (fan_in + fan_out)),
            "kaiming_uniform_bound_fan_in_relu": gain * math.sqrt(3.0 / fan_in),
            "kaiming_normal_std_fan_in_relu": gain / math.sqrt(fan_in),
            "kaiming_normal_std_fan_out_relu": gain / math.sqrt(fan_out),
        })
    # The formulas above are torch.nn.init's; check them against torch's own sampling.
    torch.manual_seed(0)
    big = torch.empty(400, 600)
    torch.nn.init.xavier_uniform_(big)
    assert big.abs().max() <= math.sqrt(6.0 / 1000)
    torch.nn.init.kaiming_normal_(big, nonlinearity="relu")
    assert abs(big.std().item() / (math.sqrt(2) / math.sqrt(600)) - 1) < 0.01
    return {"gains": gains, "shapes": shapes}


def write(name, payload):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump(payload, f, separators=(",", ":"))
        f.write("\n")
    print(f"{path}: {os.path.getsize(path)} bytes")


def main():
    source = f"torch {torch.__version__}, float64"
    write("trajectories.json", {"source": source, "cases": trajectory_cases()})
    write("schedules.json", {"source": source, "schedules": schedule_values()})
    write("clipping.json", {"source": source, "cases": clipping_cases()})
    write("initialization.json", {"source": source, **initialization_facts()})


if __name__ == "__main__":
    main()
