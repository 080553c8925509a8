extension String {
    /// The text right-aligned in a column of `n` characters (longer text is kept whole).
    package func leftPadded(to n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
    /// The text left-aligned in a column of `n` characters (longer text is kept whole).
    package func rightPadded(to n: Int) -> String { self + String(repeating: " ", count: max(0, n - count)) }
}
