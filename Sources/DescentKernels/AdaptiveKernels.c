#include "DescentKernels.h"

// See AdamKernel.c: the reference's operations in its order, nothing fused.
#pragma clang fp contract(off)

#if defined(__x86_64__)
#include <immintrin.h>

// AdaGrad (AdaGrad.update in DescentReference), lane by lane:
//   g ← g + λx (λ ≠ 0);  G ← G + g·g;  x ← x − (stepLength·g) / (√G + ε)
__attribute__((target("avx2"))) size_t descent_adagrad_avx2(
    double stepLength, double epsilon, double weightDecay, double *x, const double *g, double *sumOfSquares,
    size_t count) {
  const __m256d step = _mm256_set1_pd(stepLength), eps = _mm256_set1_pd(epsilon);
  const __m256d decay = _mm256_set1_pd(weightDecay);
  const int decays = weightDecay != 0.0;
  const size_t whole = count - count % 4;
  for (size_t i = 0; i < whole; i += 4) {
    __m256d xi = _mm256_loadu_pd(x + i);
    __m256d gi = _mm256_loadu_pd(g + i);
    if (decays) gi = _mm256_add_pd(gi, _mm256_mul_pd(decay, xi));
    __m256d sum = _mm256_add_pd(_mm256_loadu_pd(sumOfSquares + i), _mm256_mul_pd(gi, gi));
    _mm256_storeu_pd(sumOfSquares + i, sum);
    __m256d denominator = _mm256_add_pd(_mm256_sqrt_pd(sum), eps);
    _mm256_storeu_pd(x + i, _mm256_sub_pd(xi, _mm256_div_pd(_mm256_mul_pd(step, gi), denominator)));
  }
  return whole;
}

// RMSProp (RMSProp.update in DescentReference), lane by lane:
//   g ← g + λx (λ ≠ 0);  v ← αv + ((1 − α)g)g
//   centered: ḡ ← αḡ + (1 − α)g;  d ← √(v − ḡḡ) + ε;  else d ← √v + ε
//   momentum ρ > 0: b ← ρb + g/d;  x ← x − lr·b;  else x ← x − (lr·g)/d
__attribute__((target("avx2"))) size_t descent_rmsprop_avx2(
    const DescentRMSPropStep *step, double *x, const double *g, double *squareAverage, double *gradientAverage,
    double *buffer, size_t count) {
  const __m256d rate = _mm256_set1_pd(step->learningRate), alpha = _mm256_set1_pd(step->alpha);
  const __m256d oneMinusAlpha = _mm256_set1_pd(1.0 - step->alpha), eps = _mm256_set1_pd(step->epsilon);
  const __m256d decay = _mm256_set1_pd(step->weightDecay), momentum = _mm256_set1_pd(step->momentum);
  const int decays = step->weightDecay != 0.0;
  const size_t whole = count - count % 4;
  for (size_t i = 0; i < whole; i += 4) {
    __m256d xi = _mm256_loadu_pd(x + i);
    __m256d gi = _mm256_loadu_pd(g + i);
    if (decays) gi = _mm256_add_pd(gi, _mm256_mul_pd(decay, xi));
    __m256d v = _mm256_add_pd(
        _mm256_mul_pd(alpha, _mm256_loadu_pd(squareAverage + i)), _mm256_mul_pd(_mm256_mul_pd(oneMinusAlpha, gi), gi));
    _mm256_storeu_pd(squareAverage + i, v);
    __m256d denominator;
    if (gradientAverage) {
      __m256d average = _mm256_add_pd(
          _mm256_mul_pd(alpha, _mm256_loadu_pd(gradientAverage + i)), _mm256_mul_pd(oneMinusAlpha, gi));
      _mm256_storeu_pd(gradientAverage + i, average);
      denominator = _mm256_add_pd(_mm256_sqrt_pd(_mm256_sub_pd(v, _mm256_mul_pd(average, average))), eps);
    } else {
      denominator = _mm256_add_pd(_mm256_sqrt_pd(v), eps);
    }
    if (buffer) {
      __m256d b = _mm256_add_pd(_mm256_mul_pd(momentum, _mm256_loadu_pd(buffer + i)), _mm256_div_pd(gi, denominator));
      _mm256_storeu_pd(buffer + i, b);
      xi = _mm256_sub_pd(xi, _mm256_mul_pd(rate, b));
    } else {
      xi = _mm256_sub_pd(xi, _mm256_div_pd(_mm256_mul_pd(rate, gi), denominator));
    }
    _mm256_storeu_pd(x + i, xi);
  }
  return whole;
}

// SGD in torch's form (SGD.update in DescentReference), lane by lane:
//   g ← g + λx (λ ≠ 0)
//   momentum ρ ≠ 0: b ← g on the first step, else b ← ρb + (1 − τ)g;
//                   Nesterov: g ← g + ρb, else g ← b
//   x ← x − lr·g
__attribute__((target("avx2"))) size_t descent_sgd_avx2(
    const DescentSGDStep *step, double *x, const double *g, double *buffer, size_t count) {
  const __m256d rate = _mm256_set1_pd(step->learningRate), momentum = _mm256_set1_pd(step->momentum);
  const __m256d undamped = _mm256_set1_pd(1.0 - step->dampening), decay = _mm256_set1_pd(step->weightDecay);
  const int decays = step->weightDecay != 0.0;
  const size_t whole = count - count % 4;
  for (size_t i = 0; i < whole; i += 4) {
    __m256d xi = _mm256_loadu_pd(x + i);
    __m256d gi = _mm256_loadu_pd(g + i);
    if (decays) gi = _mm256_add_pd(gi, _mm256_mul_pd(decay, xi));
    if (buffer) {
      __m256d b = step->firstStep
          ? gi
          : _mm256_add_pd(_mm256_mul_pd(momentum, _mm256_loadu_pd(buffer + i)), _mm256_mul_pd(undamped, gi));
      _mm256_storeu_pd(buffer + i, b);
      gi = step->nesterov ? _mm256_add_pd(gi, _mm256_mul_pd(momentum, b)) : b;
    }
    _mm256_storeu_pd(x + i, _mm256_sub_pd(xi, _mm256_mul_pd(rate, gi)));
  }
  return whole;
}

// AdaDelta (AdaDelta.update in DescentReference), lane by lane:
//   g ← g + λx (λ ≠ 0);  v ← ρv + ((1 − ρ)g)g
//   Δ ← (√(u + ε) / √(v + ε))·g;  u ← ρu + ((1 − ρ)Δ)Δ;  x ← x − lr·Δ
__attribute__((target("avx2"))) size_t descent_adadelta_avx2(
    double learningRate, double rho, double epsilon, double weightDecay, double *x, const double *g,
    double *squareAverage, double *deltaSquareAverage, size_t count) {
  const __m256d rate = _mm256_set1_pd(learningRate), decayRate = _mm256_set1_pd(rho);
  const __m256d oneMinusRho = _mm256_set1_pd(1.0 - rho), eps = _mm256_set1_pd(epsilon);
  const __m256d decay = _mm256_set1_pd(weightDecay);
  const int decays = weightDecay != 0.0;
  const size_t whole = count - count % 4;
  for (size_t i = 0; i < whole; i += 4) {
    __m256d xi = _mm256_loadu_pd(x + i);
    __m256d gi = _mm256_loadu_pd(g + i);
    if (decays) gi = _mm256_add_pd(gi, _mm256_mul_pd(decay, xi));
    __m256d v = _mm256_add_pd(
        _mm256_mul_pd(decayRate, _mm256_loadu_pd(squareAverage + i)), _mm256_mul_pd(_mm256_mul_pd(oneMinusRho, gi), gi));
    _mm256_storeu_pd(squareAverage + i, v);
    __m256d u = _mm256_loadu_pd(deltaSquareAverage + i);
    __m256d delta = _mm256_mul_pd(
        _mm256_div_pd(_mm256_sqrt_pd(_mm256_add_pd(u, eps)), _mm256_sqrt_pd(_mm256_add_pd(v, eps))), gi);
    u = _mm256_add_pd(_mm256_mul_pd(decayRate, u), _mm256_mul_pd(_mm256_mul_pd(oneMinusRho, delta), delta));
    _mm256_storeu_pd(deltaSquareAverage + i, u);
    _mm256_storeu_pd(x + i, _mm256_sub_pd(xi, _mm256_mul_pd(rate, delta)));
  }
  return whole;
}

// NAdam (NAdam.update in DescentReference), lane by lane:
//   decoupled: x ← shrink·x;  else g ← g + λx (λ ≠ 0)
//   m ← β₁m + (1 − β₁)g;  v ← β₂v + ((1 − β₂)g)g;  d ← √(v / (1 − β₂ᵗ)) + ε
//   x ← x − (gradientWeight·g)/d;  x ← x − (momentWeight·m)/d
__attribute__((target("avx2"))) size_t descent_nadam_avx2(
    const DescentNAdamStep *step, double *x, const double *g, double *m, double *v, size_t count) {
  const __m256d beta1 = _mm256_set1_pd(step->beta1), beta2 = _mm256_set1_pd(step->beta2);
  const __m256d oneMinusBeta1 = _mm256_set1_pd(1.0 - step->beta1), oneMinusBeta2 = _mm256_set1_pd(1.0 - step->beta2);
  const __m256d eps = _mm256_set1_pd(step->epsilon), decay = _mm256_set1_pd(step->weightDecay);
  const __m256d shrink = _mm256_set1_pd(step->shrink), correction2 = _mm256_set1_pd(step->correction2);
  const __m256d gradientWeight = _mm256_set1_pd(step->gradientWeight);
  const __m256d momentWeight = _mm256_set1_pd(step->momentWeight);
  const int decays = step->weightDecay != 0.0;
  const size_t whole = count - count % 4;
  for (size_t i = 0; i < whole; i += 4) {
    __m256d xi = _mm256_loadu_pd(x + i);
    __m256d gi = _mm256_loadu_pd(g + i);
    if (decays) {
      if (step->decoupled) {
        xi = _mm256_mul_pd(xi, shrink);
      } else {
        gi = _mm256_add_pd(gi, _mm256_mul_pd(decay, xi));
      }
    }
    __m256d mi = _mm256_add_pd(_mm256_mul_pd(beta1, _mm256_loadu_pd(m + i)), _mm256_mul_pd(oneMinusBeta1, gi));
    __m256d vi = _mm256_add_pd(
        _mm256_mul_pd(beta2, _mm256_loadu_pd(v + i)), _mm256_mul_pd(_mm256_mul_pd(oneMinusBeta2, gi), gi));
    __m256d denominator = _mm256_add_pd(_mm256_sqrt_pd(_mm256_div_pd(vi, correction2)), eps);
    xi = _mm256_sub_pd(xi, _mm256_div_pd(_mm256_mul_pd(gradientWeight, gi), denominator));
    xi = _mm256_sub_pd(xi, _mm256_div_pd(_mm256_mul_pd(momentWeight, mi), denominator));
    _mm256_storeu_pd(x + i, xi);
    _mm256_storeu_pd(m + i, mi);
    _mm256_storeu_pd(v + i, vi);
  }
  return whole;
}

#else

size_t descent_adagrad_avx2(
    double stepLength, double epsilon, double weightDecay, double *x, const double *g, double *sumOfSquares,
    size_t count) {
  (void)stepLength, (void)epsilon, (void)weightDecay, (void)x, (void)g, (void)sumOfSquares, (void)count;
  return 0;
}

size_t descent_rmsprop_avx2(
    const DescentRMSPropStep *step, double *x, const double *g, double *squareAverage, double *gradientAverage,
    double *buffer, size_t count) {
  (void)step, (void)x, (void)g, (void)squareAverage, (void)gradientAverage, (void)buffer, (void)count;
  return 0;
}

size_t descent_sgd_avx2(const DescentSGDStep *step, double *x, const double *g, double *buffer, size_t count) {
  (void)step, (void)x, (void)g, (void)buffer, (void)count;
  return 0;
}

size_t descent_adadelta_avx2(
    double learningRate, double rho, double epsilon, double weightDecay, double *x, const double *g,
    double *squareAverage, double *deltaSquareAverage, size_t count) {
  (void)learningRate, (void)rho, (void)epsilon, (void)weightDecay, (void)x, (void)g, (void)squareAverage,
      (void)deltaSquareAverage, (void)count;
  return 0;
}

size_t descent_nadam_avx2(
    const DescentNAdamStep *step, double *x, const double *g, double *m, double *v, size_t count) {
  (void)step, (void)x, (void)g, (void)m, (void)v, (void)count;
  return 0;
}

#endif
