// Text pipeline throughput: decode → normalize → blocks → sentences, then extraction,
// over at least 50 MB built deterministically from Seeds/. The reference in the same
// process is a plain byte scan (counting line breaks) over the same buffers: the
// printed ratio says how many times slower than reading the bytes the pipeline is.
import Foundation
import Extraction
import KnowledgeBase
import NewsText

// TEXTBENCH_DUMP=folder: prints what the pipeline makes of every file in it (to compare
// two versions of the pipeline), and nothing else.
if let folder = ProcessInfo.processInfo.environment["TEXTBENCH_DUMP"] {
    for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
        do {
            let a = try Article(bytes: [UInt8](data))
            print("== \(name) title=\(a.title ?? "-") published=\(a.published ?? "-") bytes=\(a.utf8.count)")
            print(a.text)
            for b in a.blocks {
                print("B \(b.kind.rawValue) \(b.block.byteRange) \(b.span.start)-\(b.span.end) \(b.block.contentStart) \(b.block.detail ?? "") \(b.block.cells ?? [])")
            }
            for s in a.sentences { print("S \(s.blockIndex) \(s.byteRange) \(s.span.start)-\(s.span.end)") }
        } catch {
            print("== \(name) error \(error)")
        }
    }
    exit(0)
}

let root = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "..")
let seedsDir = root.appendingPathComponent("Seeds")
let names = try FileManager.default.contentsOfDirectory(atPath: seedsDir.path).sorted()
let seeds = names.map { [UInt8](FileManager.default.contents(atPath: seedsDir.appendingPathComponent($0).path)!) }
let targetBytes = Int(ProcessInfo.processInfo.environment["TEXTBENCH_MB"] ?? "50")! * 1_000_000

// Articles of the corpus: the seeds, each made distinct, repeated to the target size.
var articles: [[UInt8]] = []
var total = 0
var k = 0
while total < targetBytes {
    var a = seeds[k % seeds.count]
    a += Array("\nBenchmark copy \(k).\n".utf8)
    articles.append(a)
    total += a.count
    k += 1
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

// The byte scan and the text pipeline run in turn TEXTBENCH_REPEAT times (default 3) and
// the fastest run of each counts: on a shared machine a slow run measures the neighbours.
let repeats = max(1, Int(ProcessInfo.processInfo.environment["TEXTBENCH_REPEAT"] ?? "3") ?? 3)
var sink = 0
var scan = Double.infinity
var pipeline = Double.infinity
var blocks = 0
for _ in 0..<repeats {
    scan = min(scan, seconds {
        for a in articles { a.withUnsafeBufferPointer { p in for b in p where b == 0x0A { sink &+= 1 } } }
    })
    // Each article is parsed and dropped, so memory stays flat and allocation is measured as
    // ingest does it. Extraction is timed as (parse + extract) minus parse.
    blocks = 0
    pipeline = min(pipeline, seconds {
        for a in articles { blocks &+= try! Article(bytes: a).blocks.count }
    })
}
var facts = 0
if ProcessInfo.processInfo.environment["TEXTBENCH_TEXT_ONLY"] != nil {
    print(String(format: "%.1f MB: byte scan %.1f MB/s, decode+normalize+blocks+sentences %.1f MB/s (%d blocks)",
                 Double(total) / 1e6, Double(total) / 1e6 / scan, Double(total) / 1e6 / pipeline, blocks))
    exit(0)
}
let both = seconds {
    for a in articles {
        let article = try! Article(bytes: a)
        let f = Extractor.extract(article, today: PartialDate(year: 2026, month: 11, day: 22))
        facts &+= f.mentions.count + f.roles.count + f.statements.count + f.milestones.count
    }
}
let extraction = max(both - pipeline, 1e-9)
let mb = Double(total) / 1e6
print(String(format: "corpus: %d articles, %.1f MB (from %d seeds); fastest of %d runs for the first two lines", articles.count, mb, seeds.count, repeats))
print(String(format: "byte scan (reference):                 %8.1f MB/s", mb / scan))
print(String(format: "decode+normalize+blocks+sentences:     %8.1f MB/s  (%.1f× the byte scan's time)", mb / pipeline, pipeline / scan))
print(String(format: "extraction (people, roles, statements, milestones): %8.1f MB/s", mb / extraction))
print(String(format: "whole text pipeline:                   %8.1f MB/s", mb / (pipeline + extraction)))
print("(checksums: \(sink) lines, \(blocks) blocks, \(facts) facts)")

// The digest every input gets (documents.sha256), both ways when the processor has the
// x86 SHA extensions: fastest of the same number of turns.
var portable = Double.infinity, withExtensions = Double.infinity
for _ in 0..<repeats {
    portable = min(portable, seconds { for a in articles { sink &+= Int(SHA256.digest(a, extensions: false)[0]) } })
    if SHA256.hasExtensions {
        withExtensions = min(withExtensions, seconds { for a in articles { sink &+= Int(SHA256.digest(a, extensions: true)[0]) } })
    }
}
if SHA256.hasExtensions {
    print(String(format: "SHA-256: portable %.1f MB/s, SHA extensions %.1f MB/s (%.1f× faster)", mb / portable, mb / withExtensions, portable / withExtensions))
} else {
    print(String(format: "SHA-256: portable %.1f MB/s (no SHA extensions on this processor)", mb / portable))
}

// Stage by stage, on the first tenth of the corpus, to see what dominates.
if ProcessInfo.processInfo.environment["TEXTBENCH_STAGES"] != nil {
    let sample = Array(articles.prefix(max(1, articles.count / 10)))
    let sampleMB = Double(sample.reduce(0) { $0 + $1.count }) / 1e6
    var normalized: [[UInt8]] = []
    let tNorm = seconds { for a in sample { normalized.append(Normalizer.normalize(try! ArticleDecoder.decode(a))) } }
    let tBlocks = seconds { for n in normalized { sink &+= BlockParser.parse(n).count } }
    let tArticle = seconds { for n in normalized { sink &+= Article(normalized: n).sentences.count } }
    let arts = normalized.map { Article(normalized: $0) }
    let tTokens = seconds { for a in arts { for s in a.sentences { sink &+= Tokenizer.tokenize(a.utf8, s.byteRange).count } } }
    print(String(format: "stages over %.1f MB: normalize %.1f MB/s, blocks %.1f MB/s, article (blocks+sentences+offsets) %.1f MB/s, tokenize %.1f MB/s",
                 sampleMB, sampleMB / tNorm, sampleMB / tBlocks, sampleMB / tArticle, sampleMB / tTokens))
}
