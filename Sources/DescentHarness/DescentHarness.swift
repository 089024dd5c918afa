// DescentHarness: runs inside the student process. Reads HarnessRequests,
// calls the student catalog, writes HarnessReplies. Trusted code, untrusted neighbours.
