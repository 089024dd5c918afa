/// The shell commands of a CI file, read as the CI service reads them:
/// GitHub Actions' `run:` values (one line, or a `|` block) and GitLab CI's
/// `script:` list items, in order. Enough YAML for the kit's own files.
enum CIWorkflowSteps {
  /// The `run:` commands of a GitHub Actions workflow, in step order.
  static func githubRuns(_ yaml: String) -> [String] {
    values(of: "run", in: yaml)
  }

  /// The `script:` commands of a GitLab CI file, in order.
  static func gitlabScript(_ yaml: String) -> [String] {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var commands: [String] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      guard line.trimmingCharacters(in: .whitespaces) == "script:" else { continue }
      let indent = indentation(line)
      while index < lines.count,
        indentation(lines[index]) > indent || lines[index].trimmingCharacters(in: .whitespaces).isEmpty
      {
        let item = lines[index].trimmingCharacters(in: .whitespaces)
        if item.hasPrefix("- ") { commands.append(String(item.dropFirst(2))) }
        index += 1
      }
    }
    return commands
  }

  /// The scalar values of every `key:` (a `- key:` list item included); a
  /// key whose value is a mapping is left out.
  static func values(of key: String, in yaml: String) -> [String] {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var values: [String] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      var content = line.trimmingCharacters(in: .whitespaces)
      if content.hasPrefix("- ") { content = String(content.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
      guard content.hasPrefix("\(key):") else { continue }
      let value = content.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
      guard value == "|" || value == ">" else {
        if !value.isEmpty { values.append(value) }  // empty: a mapping follows (`defaults: run: shell: bash`)
        continue
      }
      let indent = indentation(line)
      var block: [String] = []
      while index < lines.count,
        indentation(lines[index]) > indent || lines[index].trimmingCharacters(in: .whitespaces).isEmpty
      {
        block.append(lines[index].trimmingCharacters(in: .whitespaces))
        index += 1
      }
      values.append(block.joined(separator: value == "|" ? "\n" : " "))
    }
    return values
  }

  /// The value of the first `key:` line, or nil.
  static func firstValue(of key: String, in yaml: String) -> String? {
    values(of: key, in: yaml).first
  }

  private static func indentation(_ line: String) -> Int {
    line.prefix { $0 == " " }.count
  }
}
