// DescentReference: the float64 truth every grade is compared against.
// Losses/, GradientChecking/, Optimizers/ (first order), SecondOrder/,
// Schedules/, Initialization/, Problems/ (reference-only exercise functions).
