import HistoryGraphTestSupport

/// The support target's runner, visible in the files of this target that do not import
/// `HistoryGraphTestSupport` themselves (`TutorialTests.swift`).
typealias Run = HistoryGraphTestSupport.Run
