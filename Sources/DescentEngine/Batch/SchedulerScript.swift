import Foundation

/// A job for a cluster scheduler that grades a class in slices, one task
/// per slice, each running `descent batch --slice I/N --out <out>/slice-I`;
/// afterwards `descent batch --merge <out>/slice-* --out <out>/merged`
/// joins them.
///
/// - ``slurm`` is an sbatch script for an array job (`--array=0-(N-1)`,
///   the slice from `SLURM_ARRAY_TASK_ID`), running the `descent` named by
///   `$DESCENT` or else ``executable`` (the one that wrote the script),
///   and stopping with one line when neither is there. Paths are used as
///   given, so they must be valid where the tasks run.
/// - ``kubernetes(image:claim:mountPath:)`` is an Indexed Job
///   (`completionMode: Indexed`, the slice from `JOB_COMPLETION_INDEX`) of
///   the image `descent package image` builds (`descent` on its `PATH`, the
///   course inside), mounting a persistent volume claim that holds the
///   submissions and the output: both must lie on it.
public struct SchedulerScript: Sendable, Equatable {
  /// The assignment.
  public var assignment: String
  /// The submissions folder, as the tasks see it.
  public var submissions: String
  /// The output folder; slice I writes `<out>/slice-I`.
  public var out: String
  /// How many slices (tasks).
  public var slices: Int
  /// Workers per task, and the CPUs each task asks for.
  public var jobs: Int
  /// `--course`, passed through when set.
  public var course: String?
  /// `--rubric`, passed through when set.
  public var rubric: String?
  /// The limits every task grades with, passed through when set.
  public var limits: GradingLimits
  /// The `descent` a Slurm task runs unless `$DESCENT` names another: an
  /// absolute path, so that tasks do not depend on their `PATH`.
  public var executable: String = "descent"

  /// Creates a job description.
  public init(
    assignment: String, submissions: String, out: String, slices: Int, jobs: Int, course: String? = nil,
    rubric: String? = nil, limits: GradingLimits = .none
  ) {
    self.assignment = assignment
    self.submissions = submissions
    self.out = out
    self.slices = max(1, slices)
    self.jobs = max(1, jobs)
    self.course = course
    self.rubric = rubric
    self.limits = limits
  }

  /// The `descent batch` arguments shared by every task (no slice, no out).
  var commonArguments: [String] {
    var arguments = ["batch", "--assignment", assignment, "--submissions", submissions, "--jobs", String(jobs)]
    if let course { arguments += ["--course", course] }
    if let rubric { arguments += ["--rubric", rubric] }
    return arguments + limits.arguments
  }

  /// The merge command run by `executable`, for the instructions in both jobs.
  func mergeCommand(_ executable: String, out: String) -> String {
    let sliceFolders = (0..<slices).map { Self.shellQuoted("\(out)/slice-\($0)") }.joined(separator: " ")
    return "\(Self.shellQuoted(executable)) batch --merge \(sliceFolders) --out \(Self.shellQuoted("\(out)/merged"))"
  }

  /// The sbatch array script.
  public var slurm: String {
    let command = (["\"$DESCENT\""] + commonArguments.map(Self.shellQuoted)).joined(separator: " ")
    let outQuoted = Self.shellQuoted(out)
    return """
      #!/bin/bash
      # Grades \(assignment) in \(slices) slices, one array task each: sbatch <this file>
      # When every task has finished, join the slices:
      #   \(mergeCommand(executable, out: out))
      # (or submit that as a job with --dependency=afterok:<this job's id>).
      #SBATCH --job-name=\(Self.jobName(assignment))
      #SBATCH --array=0-\(slices - 1)
      #SBATCH --cpus-per-task=\(jobs)
      #SBATCH --output=slice-%a.log
      set -euo pipefail
      slice="${SLURM_ARRAY_TASK_ID:?run this script with sbatch, as an array job}"
      DESCENT="${DESCENT:-\(executable)}"
      if ! command -v "$DESCENT" >/dev/null 2>&1; then
        echo "descent not found at $DESCENT on $(hostname): install it there, or submit with sbatch --export=ALL,DESCENT=/path/to/descent" >&2
        exit 2
      fi
      mkdir -p \(outQuoted)
      exec \(command) --slice "$slice/\(slices)" --out \(outQuoted)/slice-"$slice"

      """
  }

  /// The Indexed Job manifest.
  ///
  /// - Parameters:
  ///   - image: the image `descent package image` builds (`descent` on its `PATH`, the course inside).
  ///   - claim: the persistent volume claim holding the submissions and the output.
  ///   - mountPath: where the claim is mounted, and the pods' working folder.
  /// - Throws: ``BatchError`` when the submissions or the output lie off
  ///   the volume: relative paths are taken from `mountPath`; absolute
  ///   ones must lie under it, or the results would be lost with the pod.
  public func kubernetes(image: String, claim: String, mountPath: String) throws(BatchError) -> String {
    let mount = Self.normalized(mountPath)
    guard mount.hasPrefix("/"), mount != "/" else {
      throw BatchError("--mount-path must be an absolute folder other than /, got '\(mountPath)'")
    }
    var onVolume = self
    onVolume.submissions = try Self.path(submissions, on: mount, option: "--submissions")
    onVolume.out = try Self.path(out, on: mount, option: "--out")
    let command =
      (["descent"] + onVolume.commonArguments).map(Self.shellQuoted).joined(separator: " ")
      + " --slice \"$JOB_COMPLETION_INDEX/\(slices)\""
      + " --out \(Self.shellQuoted(onVolume.out))/slice-\"$JOB_COMPLETION_INDEX\""
    return """
      # Grades \(assignment) in \(slices) slices, one pod per index: kubectl apply -f <this file>
      # The image is built by `descent package image`; the claim holds the submissions and the output.
      # When the job has completed, join the slices (in a pod of the image, or wherever the volume is mounted):
      #   \(onVolume.mergeCommand("descent", out: onVolume.out))
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: \(Self.jobName(assignment))
      spec:
        completionMode: Indexed
        completions: \(slices)
        parallelism: \(slices)
        backoffLimit: \(slices * 2)
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: descent
                image: \(Self.yamlQuoted(image))
                workingDir: \(Self.yamlQuoted(mount))
                command: ["/bin/sh", "-c"]
                args:
                  - \(Self.yamlQuoted("mkdir -p \(Self.shellQuoted(onVolume.out)) && exec \(command)"))
                resources:
                  requests:
                    cpu: "\(jobs)"
                volumeMounts:
                  - name: grading
                    mountPath: \(Self.yamlQuoted(mount))
            volumes:
              - name: grading
                persistentVolumeClaim:
                  claimName: \(Self.yamlQuoted(claim))

      """
  }

  /// `path` on the volume mounted at `mount`: relative paths are taken
  /// from it, absolute ones must lie under it.
  static func path(_ path: String, on mount: String, option: String) throws(BatchError) -> String {
    let resolved = Self.normalized(path.hasPrefix("/") ? path : mount + "/" + path)
    guard resolved.hasPrefix(mount + "/") else {
      throw BatchError(
        "\(option) \(path) is not on the volume mounted at \(mount): the pods would not find it or would lose it;"
          + " give a path under \(mount), or one relative to it")
    }
    return resolved
  }

  /// `path` with `.`, `..` and repeated slashes resolved, as text.
  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }

  /// `text` as one shell word: bare when it holds only safe characters, else single-quoted.
  static func shellQuoted(_ text: String) -> String {
    let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@%+,")
    if !text.isEmpty, text.allSatisfy({ safe.contains($0) }) { return text }
    return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// `text` as a double-quoted YAML scalar.
  static func yamlQuoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A Kubernetes/Slurm-safe job name: `descent-<assignment>` in lowercase letters, digits and dashes.
  static func jobName(_ assignment: String) -> String {
    let cleaned = assignment.lowercased().map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "-" }
    let name = "descent-" + String(cleaned)
    return String(name.prefix(63)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
  }
}
