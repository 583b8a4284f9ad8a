"""Item pipelines (parse, validate, normalize, store) and the SQLite storage they share."""
