/// The frame every HTML page of Descent shares: polyglot (well-formed XML
/// as well as HTML5), UTF-8, light and dark mode, the stylesheet inline, no
/// script and nothing fetched.
enum HTMLPage {
  /// A page titled `title` (already escaped) around `body` (markup).
  static func document(title: String, style: String, body: [String]) -> String {
    """
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="color-scheme" content="light dark"/>
    <title>\(title)</title>
    <style>\(style)</style>
    </head>
    <body>
    <main>
    \(body.joined(separator: "\n"))
    </main>
    </body>
    </html>

    """
  }

  /// `text` escaped for an element's content or a double-quoted attribute.
  static func escaped(_ text: String) -> String {
    XMLTree.escapedText(text).replacingOccurrences(of: "\"", with: "&quot;")
  }
}
