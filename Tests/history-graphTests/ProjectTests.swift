import Foundation
import HistoryGraphTestSupport
import Testing

/// A temporary folder with a folder of texts, for `init` and `documents add`; removed after.
final class ProjectFolder {
  let folder: URL
  var path: String { folder.path }

  init(texts: [String: String]) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-project-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("texts"), withIntermediateDirectories: true)
    for (name, text) in texts { try write(text, to: "texts/\(name)") }
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  func write(_ text: String, to file: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(file))
  }

  func read(_ file: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
  }

  func run(_ arguments: String...) throws -> Run { try Run(arguments: arguments, in: folder) }
}

@Suite("A historian's own project: init, documents add, closest passages")
struct ProjectTests {
  static let texts = [
    "letter-1918.txt": "A letter from the invented town of Tamarisk (not history)\n\nThe council met in March.\n",
    "Diary of Anna.txt": "Диалог, 1919 (invented)\nThe mill burned.\n",
  ]

  @Test("init lists every text with its hash and first line, writes the starter files, and the project validates")
  func initProject() throws {
    let project = try ProjectFolder(texts: Self.texts)
    let run = try project.run("init", "town", "--corpus", "texts")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("created town: 2 texts listed from texts"))
    let documents = try project.read("town/documents.yaml")
    #expect(documents.contains("corpus: \"../texts\""))
    #expect(documents.contains("- id: diary-of-anna\n    file: \"Diary of Anna.txt\""))
    // With no languages declared, titles are labels of undetermined language.
    #expect(documents.contains("labels: {und: \"Диалог, 1919 (invented)\"}"))
    #expect(documents.contains("labels: {und: \"A letter from the invented town of Tamarisk (not history)\"}"))
    // The hash is the one sha256sum gives.
    let digest = try Run(executable: URL(fileURLWithPath: "/usr/bin/sha256sum"), arguments: ["texts/letter-1918.txt"], in: project.folder)
      .succeeded("sha256sum").stdout.prefix(64)
    #expect(documents.contains("- id: letter-1918\n    file: \"letter-1918.txt\"\n    sha256: \(digest)\n"))
    // The starter schema is a general vocabulary for prosopography, not the curated
    // graph's, and declares no languages or calendar unless asked.
    let schema = try project.read("town/schema.yaml")
    for relation in ["member_of:", "leads:", "kin_of:", "corresponded_with:", "located_in:", "participated_in:", "holds:"] {
      #expect(schema.contains("\n  \(relation)\n"), "\(relation)")
    }
    let curated = try String(contentsOf: Paths.project.appendingPathComponent("Graph/schema.yaml"), encoding: .utf8)
    #expect(!schema.contains("government:") && curated.contains("government:"))
    #expect(!schema.contains("\nlanguages:") && !schema.contains("\ncalendar:"))
    #expect(try project.read("town/.gitignore").contains(".index/"))
    #expect(try project.read("town/entities/example.yaml").split(separator: "\n").allSatisfy { $0.hasPrefix("#") })
    #expect(try project.read("town/claims/example.yaml").contains("#   sources:"))
    let validate = try project.run("validate", "--graph", "town")
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout.contains("0 claims, 2 documents in town"))
    // No staging folder is left beside the project.
    #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).sorted() == ["texts", "town"])
  }

  @Test("init refuses an existing project, a folder that is not empty and a missing corpus, and changes nothing")
  func initRefuses() throws {
    let project = try ProjectFolder(texts: Self.texts)
    #expect(try project.run("init", "town", "--corpus", "texts").status == 0)
    try project.write("# mine\n", to: "town/documents.yaml")
    let again = try project.run("init", "town", "--corpus", "texts")
    #expect(again.status == 1)
    #expect(again.stderr.contains("error: 'town' is a project already"))
    #expect(try project.read("town/documents.yaml") == "# mine\n")
    let notEmpty = try project.run("init", "texts", "--corpus", "texts")
    #expect(notEmpty.status == 1)
    #expect(notEmpty.stderr.contains("is a folder that is not empty"))
    let noCorpus = try project.run("init", "other", "--corpus", "nowhere")
    #expect(noCorpus.status == 1)
    #expect(noCorpus.stderr.contains("the corpus folder 'nowhere' does not exist"))
    #expect(!FileManager.default.fileExists(atPath: project.folder.appendingPathComponent("other").path))
    // An empty folder is taken.
    try FileManager.default.createDirectory(at: project.folder.appendingPathComponent("empty"), withIntermediateDirectories: false)
    #expect(try project.run("init", "empty", "--corpus", "texts").status == 0)
    #expect(FileManager.default.fileExists(atPath: project.folder.appendingPathComponent("empty/schema.yaml").path))
  }

  @Test("a quote with a one-letter typo shows the closest passage of the seed text, the differing letter marked")
  func closestPassage() throws {
    let copy = try GraphCopy()
    // d000's first quote, with 'ғ' (Kazakh) typed as 'г' (Russian).
    try copy.replace("Петроградта болған ірі", with: "Петроградта болган ірі", in: "claims/d000.yaml")
    let run = try copy.run("validate")
    #expect(run.status == 1)
    #expect(run.stderr.contains("the closest passage is at line 1 of the text (1 character differs, marked in brackets):"))
    #expect(run.stderr.contains("    text:  1917 ж. 25 қазанда (қарашаның 7) Петроградта бол[ғ]ан ірі әлеуметтік-саяси, тарихи оқиға\n"))
    #expect(run.stderr.contains("    quote: 1917 ж. 25 қазанда (қарашаның 7) Петроградта бол[г]ан ірі әлеуметтік-саяси, тарихи оқиға\n"))
  }

  @Test("a quote missing a word shows where the word was; a quote from nowhere gets no suggestion")
  func closestPassageMissingWord() throws {
    let copy = try GraphCopy()
    try copy.replace("Петроградта болған ірі", with: "Петроградта ірі", in: "claims/d000.yaml")
    let missing = try copy.run("validate")
    #expect(missing.stderr.contains("(7 characters differ, marked in brackets)"))
    #expect(missing.stderr.contains("    text:  1917 ж. 25 қазанда (қарашаның 7) Петроградта [болған ]ірі"))
    #expect(missing.stderr.contains("    quote: 1917 ж. 25 қазанда (қарашаның 7) Петроградта []ірі"))
    let other = try GraphCopy()
    try other.replace("Петроградта болған ірі әлеуметтік-саяси, тарихи оқиға", with: "Zzyzx quux plover xyzzy frobnicate", in: "claims/d000.yaml")
    let nowhere = try other.run("validate")
    #expect(nowhere.status == 1)
    #expect(nowhere.stderr.contains("is not in document 'd000'"))
    #expect(!nowhere.stderr.contains("closest passage"))
  }

  @Test("documents add registers texts with their hash, keeps the file's comments, refuses duplicates; documents and documents list both list")
  func documentsAdd() throws {
    let project = try ProjectFolder(texts: Self.texts)
    #expect(try project.run("init", "town", "--corpus", "texts").status == 0)
    try project.write("A third text, invented\nThe bridge was rebuilt.\n", to: "texts/bridge.txt")
    try project.write("Copy\n", to: "texts/copy.txt")
    let before = try project.read("town/documents.yaml")
    let add = try project.run("documents", "add", "texts/bridge.txt", "--graph", "town", "--id", "bridge-1920", "--title", "On the bridge")
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.hasPrefix("added bridge-1920  On the bridge  (bridge.txt, sha256 "))
    let after = try project.read("town/documents.yaml")
    #expect(after.hasPrefix(before))
    #expect(
      after.hasSuffix(
        "  - id: bridge-1920\n    file: \"bridge.txt\"\n    sha256: 768436463fc132883dd743bf4c74c50f5e2f32c7b594a3c478d77d8a6b0e2037\n    labels: {und: \"On the bridge\"}\n"
      ))
    // Refused, and nothing written: the same file, the same text under another name, an id taken, a file outside the corpus.
    try project.write("A third text, invented\nThe bridge was rebuilt.\n", to: "texts/bridge-again.txt")
    for (arguments, message) in [
      (["texts/bridge.txt"], "'bridge.txt' is listed already, as document 'bridge-1920'"),
      (["texts/bridge-again.txt"], "has the same text as document 'bridge-1920'"),
      (["texts/copy.txt", "--id", "letter-1918"], "the document id 'letter-1918' is taken"),
      (["town/schema.yaml"], "is not in the corpus folder"),
    ] {
      let refused = try Run(arguments: ["documents", "add"] + arguments + ["--graph", "town"], in: project.folder)
      #expect(refused.status == 1)
      #expect(refused.stderr.contains(message), "\(refused.stderr)")
      #expect(try project.read("town/documents.yaml") == after)
    }
    let list = try project.run("documents", "--graph", "town")
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("bridge-1920  On the bridge"))
    #expect(try project.run("documents", "list", "--graph", "town").stdout == list.stdout)
    #expect(try project.run("validate", "--graph", "town").status == 0)
  }

  @Test("a text that changed since it was listed: validate names the claims citing it and whether each quote is still found")
  func changedText() throws {
    let copy = try GraphCopy()
    let corpus = copy.folder.appendingPathComponent("seeds")
    try FileManager.default.copyItem(atPath: Paths.corpus, toPath: corpus.path)
    let text = corpus.appendingPathComponent("000_8e53d1a66487ee75.txt")
    let original = try String(contentsOf: text, encoding: .utf8)
    try Data(original.replacingOccurrences(of: "Петроградта болған ірі", with: "Петроградта болган ірі").utf8).write(to: text)
    let run = try Run(arguments: ["validate", "--graph", copy.graph, "--corpus", corpus.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("000_8e53d1a66487ee75.txt' has SHA-256"))
    #expect(run.stderr.contains("hint: the text changed; the claims whose quotes cite it:\n"))
    #expect(run.stderr.contains("\n    d000-october-revolution-in-petrograd: quote NOT found\n"))
    #expect(run.stderr.contains("\n    d000-lenin-leads-bolsheviks: quotes still found\n"))
    #expect(run.stderr.contains("re-check them against the new text, then update sha256"))
  }
}

@Suite("init declares the languages and the calendar asked for")
struct InitDeclarationsTests {
  @Test("--languages and --gregorian-from are written into schema.yaml, titles take the primary language, and the project validates")
  func declarations() throws {
    let project = try ProjectFolder(texts: ["lettre.txt": "Lettre de Jean à Marie (invented)\nJean écrit à Marie.\n"])
    let run = try project.run("init", "p", "--corpus", "texts", "--languages", "FR,de-ch", "--gregorian-from", "1582-10-15")
    #expect(run.status == 0, "\(run.stderr)")
    let schema = try project.read("p/schema.yaml")
    #expect(schema.contains("\nlanguages: [fr, de-CH]\ncalendar: {gregorian_from: \"1582-10-15\"}\n"))
    #expect(try project.read("p/documents.yaml").contains("labels: {fr: \"Lettre de Jean à Marie (invented)\"}"))
    #expect(try project.run("validate", "--graph", "p").status == 0)
    // A later text is titled in the primary language too.
    try project.write("Brief (invented)\nText.\n", to: "texts/brief.txt")
    #expect(try project.run("documents", "add", "texts/brief.txt", "--graph", "p").status == 0)
    #expect(try project.read("p/documents.yaml").contains("labels: {fr: \"Brief (invented)\"}"))
  }

  @Test(
    "A malformed language or switch is a usage error and writes nothing",
    arguments: [
      ["--languages", "fr_FR"], ["--languages", "fr,fr"], ["--languages", ""], ["--gregorian-from", "1582-13-01"], ["--gregorian-from", "1582"],
    ])
  func refused(_ options: [String]) throws {
    let project = try ProjectFolder(texts: ["a.txt": "A\n"])
    let run = try Run(arguments: ["init", "p", "--corpus", "texts"] + options, in: project.folder)
    #expect(run.status == 64, "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: project.folder.appendingPathComponent("p").path))
  }
}

@Suite("init and documents add refuse texts they cannot list")
struct ProjectTextErrorsTests {
  @Test("A text that is not UTF-8 stops init with its path and a hint, and nothing is written")
  func notUTF8() throws {
    let project = try ProjectFolder(texts: ["good.txt": "Fine (invented)\n"])
    try Data([0x43, 0x61, 0x66, 0xE9, 0x0A]).write(to: project.folder.appendingPathComponent("texts/latin1.txt"))
    let run = try project.run("init", "p", "--corpus", "texts")
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("error: 'texts/latin1.txt' is not UTF-8 text\n  hint: save it as UTF-8"))
    #expect(!FileManager.default.fileExists(atPath: project.folder.appendingPathComponent("p").path))
  }

  @Test("documents.yaml that is not YAML is refused at its line and column, and left as it was")
  func brokenList() throws {
    let project = try ProjectFolder(texts: ["a.txt": "A (invented)\n"])
    #expect(try project.run("init", "p", "--corpus", "texts").status == 0)
    let broken = try project.read("p/documents.yaml") + "  - id: [unclosed\n"
    try project.write(broken, to: "p/documents.yaml")
    try project.write("B (invented)\n", to: "texts/b.txt")
    let run = try project.run("documents", "add", "texts/b.txt", "--graph", "p")
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("p/documents.yaml:"))
    #expect(run.stderr.contains(": error: p/documents.yaml is not valid YAML\n"))
    #expect(try project.read("p/documents.yaml") == broken)
  }
}
