/// An error that says what went wrong and what to do, as the command line prints
/// it: `error: message`, then a `hint:` line when there is one.
package protocol ExplainedError: Error {
  /// What went wrong.
  var message: String { get }
  /// What to do, where there is a way; `nil` otherwise.
  var hint: String? { get }
}
