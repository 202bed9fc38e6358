import Testing
@testable import NewsText

@Suite struct DecoderTests {
    @Test func plainUTF8PassesThrough() throws {
        #expect(Array(try ArticleDecoder.decode(Array("Zemaj’s office".utf8))) == Array("Zemaj’s office".utf8))
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(Array(try ArticleDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8))) == Array("Hi".utf8))
    }

    @Test func emptyInputIsRefused() {
        #expect(throws: DecodeError.empty) { try ArticleDecoder.decode([]) }
        #expect(throws: DecodeError.empty) { try ArticleDecoder.decode([0xEF, 0xBB, 0xBF]) }
    }

    @Test func whitespaceOnlyIsRefused() {
        #expect(throws: DecodeError.onlyWhitespace) { try ArticleDecoder.decode(Array(" \n\t\r\n".utf8)) }
    }

    @Test func nulByteIsRefusedWithItsOffset() {
        #expect(throws: DecodeError.nulByte(offset: 3)) { try ArticleDecoder.decode([65, 66, 67, 0, 68]) }
    }

    @Test func invalidUTF8IsRefusedWithTheOffsetOfTheFirstBadByte() {
        #expect(throws: DecodeError.invalidUTF8(offset: 2)) { try ArticleDecoder.decode([65, 66, 0xFF, 67]) }
        // Overlong encoding of "/", a surrogate, and a truncated sequence at the end.
        #expect(throws: DecodeError.invalidUTF8(offset: 1)) { try ArticleDecoder.decode([65, 0xC0, 0xAF]) }
        #expect(throws: DecodeError.invalidUTF8(offset: 0)) { try ArticleDecoder.decode([0xED, 0xA0, 0x80]) }
        #expect(throws: DecodeError.invalidUTF8(offset: 1)) { try ArticleDecoder.decode([65, 0xE2, 0x80]) }
    }

    @Test func binaryLookingInputIsRefused() {
        let bytes: [UInt8] = (0..<200).map { (i: Int) -> UInt8 in UInt8(i % 7 + 1) }
        #expect(throws: DecodeError.binary(controlBytes: 200, of: 200)) { try ArticleDecoder.decode(bytes) }
    }

    @Test func errorsReadAsReasons() {
        #expect(DecodeError.invalidUTF8(offset: 9).description == "not UTF-8: invalid byte sequence at byte 9")
        #expect(DecodeError.nulByte(offset: 0).description == "not text: NUL byte at byte 0")
        #expect(DecodeError.empty.description == "empty file")
    }
}
