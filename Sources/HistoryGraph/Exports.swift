// Embedders import HistoryGraph alone and get the model's values with it.
@_exported public import HistoryModel
