// Student code writes `import DescentContract` and gets the numerics core
// (Matrix, the seeded generator, Objective, Optimizer, the test problems) too.
@_exported import DescentCore
