#include "DescentKernels.h"

// IEEE +, −, ×, ÷ and √ are correctly rounded lane by lane; a fused
// multiply-add would round once where the reference rounds twice.
#pragma clang fp contract(off)

#if defined(__x86_64__)
#include <immintrin.h>

int descent_cpu_has_avx2(void) {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}

// The reference's Adam lane by lane (AdamCoefficients.update in DescentReference):
//   x ← shrink·x                (AdamW's decoupled decay, when shrinks)
//   g ← g + λx                  (only when λ ≠ 0)
//   m ← β₁m + (1 − β₁)g
//   v ← β₂v + ((1 − β₂)g)g
//   v_max ← v ≥ v_max ? v : v_max      (amsgrad)
//   x ← x − (stepSize·m) / (√v / √(1 − β₂ᵗ) + ε)
__attribute__((target("avx2"))) size_t descent_adam_avx2(
    const DescentAdamStep *step, double *x, const double *g, double *m, double *v, double *vmax, size_t count) {
  const __m256d beta1 = _mm256_set1_pd(step->beta1);
  const __m256d beta2 = _mm256_set1_pd(step->beta2);
  const __m256d oneMinusBeta1 = _mm256_set1_pd(1.0 - step->beta1);
  const __m256d oneMinusBeta2 = _mm256_set1_pd(1.0 - step->beta2);
  const __m256d decay = _mm256_set1_pd(step->weightDecay);
  const __m256d epsilon = _mm256_set1_pd(step->epsilon);
  const __m256d stepSize = _mm256_set1_pd(step->stepSize);
  const __m256d rootCorrection2 = _mm256_set1_pd(step->rootCorrection2);
  const int decays = step->weightDecay != 0.0;
  const int shrinks = step->shrinks;
  const __m256d shrink = _mm256_set1_pd(step->shrink);
  const size_t whole = count - count % 4;
  // Two vectors per iteration, so that one's division and square root overlap the other's.
#define DESCENT_ADAM_LANES(i)                                                                                  \
  do {                                                                                                         \
    __m256d xi = _mm256_loadu_pd(x + (i));                                                                     \
    if (shrinks) xi = _mm256_mul_pd(shrink, xi);                                                               \
    __m256d gi = _mm256_loadu_pd(g + (i));                                                                     \
    if (decays) gi = _mm256_add_pd(gi, _mm256_mul_pd(decay, xi));                                              \
    __m256d mi = _mm256_add_pd(_mm256_mul_pd(beta1, _mm256_loadu_pd(m + (i))), _mm256_mul_pd(oneMinusBeta1, gi)); \
    __m256d vi = _mm256_add_pd(                                                                                \
        _mm256_mul_pd(beta2, _mm256_loadu_pd(v + (i))), _mm256_mul_pd(_mm256_mul_pd(oneMinusBeta2, gi), gi));  \
    __m256d source = vi;                                                                                       \
    if (vmax) {                                                                                                \
      __m256d previous = _mm256_loadu_pd(vmax + (i));                                                          \
      source = _mm256_blendv_pd(previous, vi, _mm256_cmp_pd(vi, previous, _CMP_GE_OQ));                        \
      _mm256_storeu_pd(vmax + (i), source);                                                                    \
    }                                                                                                          \
    __m256d denominator = _mm256_add_pd(_mm256_div_pd(_mm256_sqrt_pd(source), rootCorrection2), epsilon);     \
    _mm256_storeu_pd(x + (i), _mm256_sub_pd(xi, _mm256_div_pd(_mm256_mul_pd(stepSize, mi), denominator)));     \
    _mm256_storeu_pd(m + (i), mi);                                                                             \
    _mm256_storeu_pd(v + (i), vi);                                                                             \
  } while (0)
  size_t i = 0;
  for (; i + 8 <= whole; i += 8) {
    DESCENT_ADAM_LANES(i);
    DESCENT_ADAM_LANES(i + 4);
  }
  for (; i < whole; i += 4) DESCENT_ADAM_LANES(i);
#undef DESCENT_ADAM_LANES
  return whole;
}

#else

int descent_cpu_has_avx2(void) { return 0; }

size_t descent_adam_avx2(
    const DescentAdamStep *step, double *x, const double *g, double *m, double *v, double *vmax, size_t count) {
  (void)step, (void)x, (void)g, (void)m, (void)v, (void)vmax, (void)count;
  return 0;
}

#endif
