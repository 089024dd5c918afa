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

#endif
