#ifndef DESCENT_KERNELS_H
#define DESCENT_KERNELS_H

#include <stddef.h>

/// Elementwise optimizer kernels compiled for AVX2, chosen at run time by
/// the reference when the CPU has it (`descent_cpu_has_avx2`). Each kernel
/// performs exactly the reference's operations in its order, lane by lane,
/// with nothing fused (no FMA) or reassociated, so it gives the same bits
/// as the portable Swift path; tests compare the two.

/// The scalars of one Adam step, as the reference computes them.
typedef struct {
  double beta1;
  double beta2;
  double weightDecay;
  double epsilon;
  /// γ / (1 − β₁ᵗ).
  double stepSize;
  /// √(1 − β₂ᵗ).
  double rootCorrection2;
  /// AdamW's decoupled decay: x ← shrink·x first, when `shrinks` is nonzero.
  double shrink;
  int shrinks;
} DescentAdamStep;

/// Whether this CPU runs the AVX2 kernels.
int descent_cpu_has_avx2(void);

/// Adam's update of the first `count - count % 4` parameters (vmax, for
/// amsgrad, may be NULL); returns how many were updated: a multiple of 4,
/// or 0 where AVX2 is not compiled in. The caller updates the rest.
size_t descent_adam_avx2(
    const DescentAdamStep *step, double *x, const double *g, double *m, double *v, double *vmax, size_t count);

/// AdaGrad's update of the first `count - count % 4` parameters; returns
/// how many were updated (0 where AVX2 is not compiled in).
size_t descent_adagrad_avx2(
    double stepLength, double epsilon, double weightDecay, double *x, const double *g, double *sumOfSquares,
    size_t count);

/// The scalars of one RMSProp step.
typedef struct {
  double learningRate;
  double alpha;
  double epsilon;
  double weightDecay;
  double momentum;
} DescentRMSPropStep;

/// RMSProp's update of the first `count - count % 4` parameters;
/// `gradientAverage` is NULL unless centered, `buffer` NULL unless
/// momentum > 0. Returns how many were updated (0 without AVX2).
size_t descent_rmsprop_avx2(
    const DescentRMSPropStep *step, double *x, const double *g, double *squareAverage, double *gradientAverage,
    double *buffer, size_t count);

/// The scalars of one SGD step (torch's form: momentum, dampening, Nesterov).
typedef struct {
  double learningRate;
  double momentum;
  double dampening;
  double weightDecay;
  /// Nonzero on the step that starts the momentum buffer (b ← g).
  int firstStep;
  int nesterov;
} DescentSGDStep;

/// SGD's update of the first `count - count % 4` parameters; `buffer` is
/// NULL when momentum is 0. Returns how many were updated (0 without AVX2).
size_t descent_sgd_avx2(const DescentSGDStep *step, double *x, const double *g, double *buffer, size_t count);

/// AdaDelta's update of the first `count - count % 4` parameters (0 without AVX2).
size_t descent_adadelta_avx2(
    double learningRate, double rho, double epsilon, double weightDecay, double *x, const double *g,
    double *squareAverage, double *deltaSquareAverage, size_t count);

/// The scalars of one NAdam step.
typedef struct {
  double beta1;
  double beta2;
  double epsilon;
  double weightDecay;
  /// Nonzero: decoupled decay x ← shrink·x; zero: g ← g + λx (when λ ≠ 0).
  int decoupled;
  double shrink;
  /// 1 − β₂ᵗ.
  double correction2;
  /// γ(1 − μₜ)/(1 − Πμ) and γμₜ₊₁/(1 − Πμ·μₜ₊₁).
  double gradientWeight;
  double momentWeight;
} DescentNAdamStep;

/// NAdam's update of the first `count - count % 4` parameters (0 without AVX2).
size_t descent_nadam_avx2(
    const DescentNAdamStep *step, double *x, const double *g, double *m, double *v, size_t count);

#endif
