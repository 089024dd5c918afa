/// A minimal XML element tree and its serializer, with complete escaping:
/// every attribute value and text node is first stripped of characters XML
/// 1.0 forbids, then escaped, so no input can break the document.
struct XMLTree {
  /// An element with attributes (in the order given) and children.
  struct Element {
    var name: String
    var attributes: [(name: String, value: String)] = []
    var children: [Node] = []

    init(_ name: String, _ attributes: [(name: String, value: String)] = [], children: [Node] = []) {
      self.name = name
      self.attributes = attributes
      self.children = children
    }

    init(_ name: String, _ attributes: [(name: String, value: String)] = [], text: String) {
      self.init(name, attributes, children: text.isEmpty ? [] : [.text(text)])
    }
  }

  /// An element or a run of text.
  enum Node {
    case element(Element)
    case text(String)
  }

  /// The document: the XML declaration, then `root`, indented two spaces
  /// per level where an element holds only elements.
  static func document(_ root: Element) -> String {
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    write(root, depth: 0, into: &output)
    return output
  }

  private static func write(_ element: Element, depth: Int, into output: inout String) {
    let indent = String(repeating: "  ", count: depth)
    output += indent + "<" + element.name
    for attribute in element.attributes {
      output += " \(attribute.name)=\"\(escapedAttribute(attribute.value))\""
    }
    if element.children.isEmpty {
      output += "/>\n"
      return
    }
    let hasText = element.children.contains { if case .text = $0 { true } else { false } }
    if hasText {
      output += ">"
      for child in element.children {
        switch child {
        case .text(let text): output += escapedText(text)
        case .element(let inner):
          var nested = ""
          write(inner, depth: 0, into: &nested)
          output += nested.hasSuffix("\n") ? String(nested.dropLast()) : nested
        }
      }
      output += "</\(element.name)>\n"
    } else {
      output += ">\n"
      for case .element(let inner) in element.children {
        write(inner, depth: depth + 1, into: &output)
      }
      output += indent + "</\(element.name)>\n"
    }
  }

  /// Text content: `&`, `<`, `>` escaped (so `]]>` cannot appear), carriage
  /// returns kept as references so parsers do not fold them.
  static func escapedText(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in ReportText.xmlSafe(text).unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\r": result += "&#13;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Attribute values: markup characters, both quotes and the whitespace
  /// that attribute normalization would otherwise turn into spaces.
  static func escapedAttribute(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in ReportText.xmlSafe(text).unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      case "\t": result += "&#9;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
