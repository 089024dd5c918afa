import DescentReports
import Testing

@Suite("Gradebook CSV")
struct GradebookTests {
  @Test("columns are student, total, then one per rubric item, rows sorted by student")
  func columns() {
    let gradebook = Gradebook(
      reports: [
        BatchFixtures.report("zoe", scores: ["a": 5, "b": 2.5]),
        BatchFixtures.report("adam", scores: ["a": 5, "b": 5, "c": 1.0 / 3]),
      ], itemIDs: ["a", "b", "c"])
    let lines = gradebook.csv.components(separatedBy: "\r\n")
    #expect(lines == ["student,total,a,b,c", "adam,10.33,5,5,0.33", "zoe,7.5,5,2.5,0", ""])
  }

  @Test("a student the grader could not grade gets empty cells, never a zero")
  func ungradedIsEmpty() {
    let gradebook = Gradebook(
      reports: [BatchFixtures.report("bob", scores: ["a": 5])], ungraded: ["carol"], itemIDs: ["a", "b", "c"])
    #expect(gradebook.csv.contains("\r\ncarol,,,,\r\n"), "\(gradebook.csv)")
  }

  @Test(
    "text cells are quoted per RFC 4180 and defused against formulas",
    arguments: [
      ("plain", "plain"),
      ("doe, jane", "\"doe, jane\""),
      ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("two\nlines", "\"two\nlines\""),
      ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
      ("+1", "'+1"),
      ("-2", "'-2"),
      ("@SUM(A1)", "'@SUM(A1)"),
      ("\tcmd", "'\tcmd"),
      (" padded", "\" padded\""),
      ("", ""),
    ])
  func textCells(input: String, expected: String) {
    #expect(Gradebook.textCell(input) == expected, "cell for \(input.debugDescription)")
  }

  @Test("a hostile student id cannot start a formula or break the row")
  func hostileStudentID() {
    let gradebook = Gradebook(reports: [BatchFixtures.report("=1+1,\"x\"\r\n", scores: ["a": 5])], itemIDs: ["a"])
    #expect(gradebook.csv == "student,total,a\r\n\"'=1+1,\"\"x\"\"\r\n\",5,5\r\n", "\(gradebook.csv.debugDescription)")
  }

  @Test("numbers have at most two decimals and non-finite ones are empty")
  func numberCells() {
    #expect(Gradebook.numberCell(2.0 / 3) == "0.67")
    #expect(Gradebook.numberCell(4) == "4")
    #expect(Gradebook.numberCell(.nan) == "")
    #expect(Gradebook.numberCell(nil) == "")
  }
}
