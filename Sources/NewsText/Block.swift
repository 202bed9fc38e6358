/// What a block of an article is.
public enum BlockKind: String, Sendable, CaseIterable {
    case heading
    case paragraph
    case listItem = "list_item"
    case tableHeader = "table_header"
    case tableRow = "table_row"
    case boilerplate
}

/// A block of an article: a heading, a paragraph, a list item, a table row, or
/// page furniture that is not the article.
public struct Block: Equatable, Sendable {
    public var kind: BlockKind
    /// Byte range in the normalized UTF-8 text.
    public var byteRange: Range<Int>
    /// Where the block's content starts, after a list marker, `#` or table pipes.
    public var contentStart: Int
    /// Trimmed cells, for table headers and rows.
    public var cells: [String]?
    /// Why the block is boilerplate, the list marker, or the Markdown heading level.
    public var detail: String?

    public init(kind: BlockKind, byteRange: Range<Int>, contentStart: Int? = nil, cells: [String]? = nil, detail: String? = nil) {
        self.kind = kind
        self.byteRange = byteRange
        self.contentStart = contentStart ?? byteRange.lowerBound
        self.cells = cells
        self.detail = detail
    }
}

/// A sentence, as a byte range of the normalized text, inside block `blockIndex`.
public struct SentenceSpan: Equatable, Sendable {
    public var blockIndex: Int
    public var byteRange: Range<Int>
}
