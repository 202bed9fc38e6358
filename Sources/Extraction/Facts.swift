import NewsText

/// A person named in an article by full name.
public struct PersonName: Equatable, Hashable, Sendable {
    /// The full name as the article writes it, NFC.
    public var name: String
    /// The last name (with particles: "van der Leyen").
    public var surname: String
    /// What comes before the surname, if anything.
    public var givenNames: String?

    public init(name: String, surname: String, givenNames: String?) {
        self.name = name
        self.surname = surname
        self.givenNames = givenNames
    }
}

/// Every fact extracted from one article. Indices refer to `Article.sentences` and
/// to `people`; byte ranges index `Article.utf8` and lie inside their sentence.
public struct ArticleFacts: Sendable {
    public struct Mention: Sendable, Equatable {
        public var person: Int
        public var sentence: Int
        public var byteRange: Range<Int>
        public var form: String        // full, surname, possessive
        public var ambiguous: Bool
    }

    public struct Role: Sendable, Equatable {
        public var person: Int
        public var sentence: Int
        public var title: String
        public var organization: String?
        public var qualifier: String?
        public var asWritten: String
        /// The evidence: the part of the sentence that says it.
        public var byteRange: Range<Int>
    }

    public struct Statement: Sendable, Equatable {
        public var sentence: Int
        public var person: Int?
        public var speaker: String
        public var verb: String
        public var stance: String?
        public var content: String
        public var byteRange: Range<Int>
        public var form: String        // reported, quote, table
    }

    public struct Milestone: Sendable, Equatable {
        public var sentence: Int
        public var dateText: String
        public var dateStart: String?
        public var dateEnd: String?
        public var precision: String
        public var label: String
        public var kind: String         // past, planned, forecast
        public var byteRange: Range<Int>
    }

    public var people: [PersonName] = []
    public var mentions: [Mention] = []
    public var roles: [Role] = []
    public var statements: [Statement] = []
    public var milestones: [Milestone] = []

    public init() {}
}
