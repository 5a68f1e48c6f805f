import Testing

@testable import HistoryGraph

@Suite("A keyed list keeps its values' order and the first value of a key given twice")
struct KeyedListTests {
  @Test(arguments: [0, 1, 2, 500])
  func keysFindTheirValuesInOrder(count: Int) {
    let values = (0..<count).map { "value \($0)" }
    let list = KeyedList(values) { "key \($0.dropFirst("value ".count))" }
    #expect(list.values == values)
    #expect(list.keys == (0..<count).map { "key \($0)" })
    for index in 0..<count {
      #expect(list.index(forKey: "key \(index)") == index)
      #expect(list["key \(index)"] == "value \(index)")
    }
    #expect(list["key \(count)"] == nil)
  }

  @Test func aKeyGivenTwiceKeepsItsFirstValueAndPosition() {
    let list = KeyedList(["a1", "b1", "a2", "c1", "b2", "a3"]) { String($0.prefix(1)) }
    #expect(list.keys == ["a", "b", "c"])
    #expect(list.values == ["a1", "b1", "c1"])
    #expect(list["a"] == "a1" && list["b"] == "b1" && list["c"] == "c1")
    #expect(list.index(forKey: "c") == 2)
  }
}
