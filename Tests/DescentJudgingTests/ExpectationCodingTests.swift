import DescentCore
import DescentReports
import DescentWire
import Foundation
import Testing

@testable import DescentJudging

/// Expectations as a kit's manifest carries them: every kind round-trips
/// through the manifest's JSON, tagged with its kind, and a kind the reader
/// does not know is one clear error.
@Suite("Expectations in a manifest")
struct ExpectationCodingTests {
  @Test("every kind's expectation reads back equal", arguments: JudgeFuzzTests.subjects)
  func roundTrip(_ subject: JudgeFuzzTests.Subject) throws {
    let data = try SelfCheckManifest.makeEncoder().encode(subject.expectation)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"kind\":\"\(subject.expectation.kind)\""), "\(text.prefix(200))")
    let back = try SelfCheckManifest.makeDecoder().decode(ItemExpectation.self, from: data)
    // Compared as written: NaN (a mistake's blown-up trajectory) is never == itself.
    #expect(try SelfCheckManifest.makeEncoder().encode(back) == data)
    #expect(back.kind == subject.expectation.kind)
  }

  @Test("the registry knows every kind once")
  func registry() {
    let names = ExpectationKinds.names
    #expect(Set(names).count == names.count, "\(names)")
    for subject in JudgeFuzzTests.subjects { #expect(ExpectationKinds.type(named: subject.expectation.kind) != nil) }
    #expect(ExpectationKinds.type(named: "no-such-kind") == nil)
  }

  @Test("an unknown kind is an error naming it and the known ones")
  func unknownKind() {
    let data = Data(#"{"kind": "telepathy", "expectation": {}}"#.utf8)
    #expect {
      try SelfCheckManifest.makeDecoder().decode(ItemExpectation.self, from: data)
    } throws: { error in
      String(describing: error).contains("unknown check kind 'telepathy'")
        && String(describing: error).contains("trajectory")
    }
  }

  @Test("expectations of different kinds, or of one kind with other numbers, differ")
  func equality() {
    let subjects = JudgeFuzzTests.subjects
    for (index, subject) in subjects.enumerated() {
      for other in subjects[(index + 1)...] where other.description != subject.description {
        #expect(subject.expectation != other.expectation, "\(subject) == \(other)")
      }
    }
  }
}
