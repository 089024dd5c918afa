import DescentCore
import DescentReference
import Testing

/// Every torch.optim trajectory in Fixtures/optimizers/trajectories.json is
/// reproduced by the reference, built through the registry, at every stored
/// step to relative 1e-9 (absolute 1e-12), points and losses.
@Suite("Reference optimizers against torch.optim (float64)")
struct TorchTrajectoryTests {
  @Test("the fixture file is there and covers every torch optimizer")
  func coverage() {
    let optimizers = Set(OptimizerFixtures.trajectories.map(\.optimizer))
    #expect(optimizers == ["sgd", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam"])
    #expect(OptimizerFixtures.trajectories.count >= 60)
    #expect(OptimizerFixtures.trajectories.allSatisfy { $0.steps >= 200 && $0.losses.count == $0.steps + 1 })
  }

  @Test("the reference reproduces torch", arguments: OptimizerFixtures.trajectoryIDs)
  func reproduces(id: String) throws {
    let fixture = try OptimizerFixtures.trajectory(id)
    let objective = try TestProblems.objective(for: fixture.problem)
    let optimizer: any Optimizer
    if let schedule = fixture.schedule {
      let resolved = try OptimizerRegistry.resolve(fixture.hyperparameters, for: "sgd")
      let sgd = SGD(
        learningRate: try resolved.number("lr"), momentum: try resolved.number("momentum"),
        dampening: try resolved.number("dampening"), weightDecay: try resolved.number("weight_decay"),
        nesterov: resolved.flag("nesterov"))
      optimizer = ScheduledOptimizer(sgd, schedule: try schedule.schedule(initialRate: sgd.learningRate))
    } else {
      optimizer = try OptimizerRegistry.makeOptimizer(
        named: fixture.optimizer, hyperparameters: fixture.hyperparameters)
    }
    let run = try Trajectory.run(optimizer, on: objective, from: fixture.start, steps: fixture.steps)
    let mismatch = TrajectoryMismatch.first(
      label: id, expectedPoints: fixture.points, stride: fixture.pointStride, expectedLosses: fixture.losses,
      gotPoints: run.points, gotLosses: run.losses)
    #expect(mismatch == nil, "\(mismatch.map(String.init(describing:)) ?? "")")
  }

  /// The registry's named momentum forms run torch's SGD cases too.
  @Test(
    "named forms reproduce torch's SGD",
    arguments: [
      ("sgd-momentum", "sgd-momentum/rosenbrock-2d"), ("sgd-momentum", "sgd-momentum/saddle"),
      ("sgd-momentum", "sgd-momentum/quadratic-5d"), ("sgd-nesterov", "sgd-nesterov/rosenbrock-2d"),
      ("sgd-nesterov", "sgd-nesterov-weight-decay/quadratic-5d"),
    ])
  func namedForms(name: String, id: String) throws {
    let fixture = try OptimizerFixtures.trajectory(id)
    var hyperparameters = fixture.hyperparameters
    hyperparameters.flags["nesterov"] = nil
    hyperparameters.numbers["dampening"] = nil
    if name == "sgd-momentum" { hyperparameters.numbers["weight_decay"] = nil }
    let optimizer = try OptimizerRegistry.makeOptimizer(named: name, hyperparameters: hyperparameters)
    let run = try Trajectory.run(
      optimizer, on: try TestProblems.objective(for: fixture.problem), from: fixture.start, steps: fixture.steps)
    let mismatch = TrajectoryMismatch.first(
      label: "\(name) on \(id)", expectedPoints: fixture.points, stride: fixture.pointStride,
      expectedLosses: fixture.losses, gotPoints: run.points, gotLosses: run.losses)
    #expect(mismatch == nil, "\(mismatch.map(String.init(describing:)) ?? "")")
  }
}
